using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Audit;
using Platform.Kernel.Security;
using StatusPage.Persistence;

namespace StatusPage.Auditing;

/// <summary>The status page's audit (products, components, incidents, maintenance, webhooks). It belongs to the platform,
/// not to a tenant, so it appears in the platform-wide view only. The log keeps the user id; names come from Identity, so
/// an actor filter is applied to the newest entries read (at most five times the page asked for).</summary>
internal sealed class StatusAuditSource(StatusPageDbContext db, IPlatformUsers users) : IAuditSource
{
    public string Name => "Statuspagina";

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        if (query.TenantId is not null) return [];
        var entries = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Kind)) entries = entries.Where(a => a.Action.ToLower().Contains(query.Kind.Trim().ToLower()));
        if (query.From is { } from) entries = entries.Where(a => a.At >= from);
        if (query.Until is { } until) entries = entries.Where(a => a.At < until);
        // Names are known only after reading: an actor filter or sort works on the first entries read (at most 5 000).
        var filtered = !string.IsNullOrWhiteSpace(query.Actor) || query.Sort == AuditSort.Actor;
        var byKind = query with { Sort = query.Sort == AuditSort.Actor ? AuditSort.At : query.Sort };
        var rows = await entries.OrderFor(byKind, a => a.At, a => "", a => a.Action)
            .Take(filtered ? Math.Max(query.Take, Math.Min(query.Take * 5, 5_000)) : query.Take).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var id in rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct())
            names[id] = (await users.FindAsync(id, cancellationToken))?.DisplayName ?? "verwijderde gebruiker";
        return rows.Select(r => new AuditRecord(r.At, r.UserId is { } u ? names[u] : "systeem", r.Action, r.Details, null, Name))
            .Where(r => string.IsNullOrWhiteSpace(query.Actor) || r.Actor.Contains(query.Actor.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderFor(query).Take(query.Take).ToList();
    }
}
