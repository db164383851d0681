using Billing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Billing.Sending;

internal sealed record SendingSwitchRequest(Guid TenantId, bool SendByMail);

/// <summary>The platform admin's per-tenant switch (e.g. a city that wants its invoices over Peppol only).</summary>
internal static class TenantSending
{
    public static async Task<bool> IsOnAsync(BillingDbContext db, Guid tenantId, CancellationToken ct) =>
        await db.TenantSending.AsNoTracking().Where(s => s.TenantId == tenantId).Select(s => (bool?)s.SendByMail).FirstOrDefaultAsync(ct) ?? true;

    public static async Task<Dictionary<Guid, bool>> AllAsync(BillingDbContext db, CancellationToken ct) =>
        await db.TenantSending.AsNoTracking().ToDictionaryAsync(s => s.TenantId, s => s.SendByMail, ct);

    public static async Task SetAsync(BillingDbContext db, SendingSwitchRequest request, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.TenantSending.FirstOrDefaultAsync(s => s.TenantId == request.TenantId, ct);
        if (row is null) db.TenantSending.Add(row = new TenantSendingSetting { TenantId = request.TenantId });
        row.SendByMail = request.SendByMail;
        row.ChangedAt = now;
        row.ChangedBy = by;
        await db.SaveChangesAsync(ct);
    }
}
