using Platform.Kernel.Tenancy;
using Billing.Persistence;
using Billing.Sending;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>Invoice mails: progress of a bulk issue, the latest mails and bounces; the platform admin's per-tenant switch.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class VerzendingModel(BillingDbContext db, ITenantDirectory directory, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "reeks")] public Guid? Batch { get; set; }
    [TempData] public string? Message { get; set; }

    public List<InvoiceMail> BatchMails { get; private set; } = [];
    public List<InvoiceMail> Latest { get; private set; } = [];
    public List<(TenantSummary Tenant, bool On)> Tenants { get; private set; } = [];
    public bool IsPlatformAdmin => User.IsInRole(Roles.PlatformAdmin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Batch is { } batch)
            BatchMails = [.. (await db.InvoiceMails.AsNoTracking().Where(m => m.BatchId == batch).ToListAsync(ct)).OrderBy(m => m.Number, StringComparer.Ordinal)];
        Latest = [.. (await db.InvoiceMails.AsNoTracking().OrderByDescending(m => m.Id).Take(100).ToListAsync(ct))];
        if (!IsPlatformAdmin) return;
        var switches = await TenantSending.AllAsync(db, ct);
        Tenants = [.. (await directory.AllAsync(ct)).OrderBy(t => t.Name).Select(t => (t, switches.GetValueOrDefault(t.Id, true)))];
    }

    public async Task<IActionResult> OnPostSwitchAsync(Guid tenant, bool on, CancellationToken ct)
    {
        if (!IsPlatformAdmin) return Forbid();
        if (await directory.FindAsync(tenant, ct) is not { } found) return NotFound();
        await TenantSending.SetAsync(db, new SendingSwitchRequest(tenant, on), PlatformClaims.UserId(User), clock.GetUtcNow(), ct);
        Message = on ? $"Facturen voor {found.Name} worden weer per e-mail verstuurd." : $"Facturen voor {found.Name} worden niet meer per e-mail verstuurd.";
        return RedirectToPage();
    }
}
