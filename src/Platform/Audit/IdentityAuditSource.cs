using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Audit;
using Platform.Persistence;

namespace Platform.Audit;

/// <summary>The admin audit of people and access: invitations, roles, deactivation, API keys, passwords, two-factor sign-in.</summary>
internal sealed class IdentityAuditSource(PlatformDbContext db) : IAuditSource
{
    public string Name => "Gebruikers en toegang";

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.AdminAudit.AsNoTracking();
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
