using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Audit;
using Platform.Kernel.Persistence;
using Tenants.Persistence;

namespace Tenants.Audit;

/// <summary>The tenants' audit log (record, contacts, contract, features, house style, publications) for the audit page.</summary>
internal sealed class TenantsAuditSource(TenantsDbContext db) : IAuditSource
{
    public string Name => "Lokale besturen";

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        // The audit page names the tenant itself (a tenant admin only ever their own, checked by the caller) or, for platform
        // admins, every tenant: so the tenant filter of the request is replaced by the query's own tenant condition.
        var entries = AcrossTenants.AuditEntries(db).AsNoTracking();
        if (query.TenantId is { } tenant) entries = entries.Where(a => a.TenantId == tenant);
        if (!string.IsNullOrWhiteSpace(query.Actor)) entries = entries.Where(a => a.Actor.ToLower().Contains(query.Actor.Trim().ToLower()));
        if (!string.IsNullOrWhiteSpace(query.Kind)) entries = entries.Where(a => a.Action.ToLower().Contains(query.Kind.Trim().ToLower()));
        if (query.From is { } from) entries = entries.Where(a => a.At >= from);
        if (query.Until is { } until) entries = entries.Where(a => a.At < until);
        var rows = await entries.OrderFor(query, a => a.At, a => a.Actor, a => a.Action).Take(query.Take)
            .Select(a => new { a.At, a.Actor, a.Action, a.Details, a.TenantId }).ToListAsync(cancellationToken);
        return rows.Select(a => new AuditRecord(a.At, a.Actor, a.Action, a.Details, a.TenantId, Name)).ToList();
    }
}
