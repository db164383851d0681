using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using ServiceDesk.Calendar;
using ServiceDesk.Domain;
using ServiceDesk.Incidents;
using ServiceDesk.Persistence;

namespace ServiceDesk.Queue;

/// <param name="Tenant">Slug; staff only (others always see their own tenant).</param>
/// <param name="Search">An incident number (<c>MBP-2026-00042</c>, exact, any case) or part of the title; searches closed incidents too.</param>
/// <param name="Open">True: not resolved or closed, or resolved without an answer to the reporter; false: all.</param>
/// <param name="Due"><c>vandaag</c>: the next clock falls due today (Brussels), not yet overdue; <c>binnenkort</c>: almost due (75 %).</param>
public sealed record IncidentFilter(
    string? Tenant = null, string? Priority = null, string? Status = null, bool? Breached = null,
    Guid? AssigneeId = null, bool Open = true, string? Search = null, string? Due = null);

internal sealed record IncidentRow(Incident Incident, IncidentClocks Clocks, TenantInfo? Tenant)
{
    public (string Clock, DateTimeOffset DueAt)? NextDue => ClockReadings.NextDue(Clocks);

    public bool Breached => Clocks.Response.State == ClockState.Breached || Clocks.Resolution.State == ClockState.Breached;

    public bool DueSoon => Clocks.Response.DueSoon || Clocks.Resolution.DueSoon;

    /// <summary>The next running clock falls due later today (Brussels) and nothing is overdue yet.</summary>
    public bool DueToday(DateTimeOffset now) =>
        !Breached && NextDue is { } n && n.DueAt >= now && Platform.Kernel.Formatting.Dutch.DayOf(n.DueAt) == Platform.Kernel.Formatting.Dutch.DayOf(now);

    /// <summary>Almost due (the 75 % warning) and nothing is overdue yet.</summary>
    public bool BreachingSoon => !Breached && DueSoon;
}

/// <summary>Lists for the queue (staff, all tenants) and the portal (own tenant), with clocks computed now.</summary>
internal sealed class IncidentQueries(
    ServiceDeskDbContext db, IncidentAccess access, ITenantStore tenants, ClockPolicyProvider policies, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<IncidentRow>>> ListAsync(Actor actor, IncidentFilter filter, CancellationToken ct)
    {
        var query = access.Readable(actor).AsNoTracking();
        if (actor.IsStaff && !string.IsNullOrWhiteSpace(filter.Tenant))
        {
            var tenant = await tenants.FindByIdentifierAsync(filter.Tenant.Trim(), ct);
            if (tenant is null) return Outcome<IReadOnlyList<IncidentRow>>.Invalid("tenant", "Dit lokaal bestuur bestaat niet.");
            query = query.Where(i => i.TenantId == tenant.Id);
        }
        if (!string.IsNullOrWhiteSpace(filter.Priority))
        {
            if (!Enum.TryParse<Priority>(filter.Priority, true, out var p) || !Enum.IsDefined(p))
                return Outcome<IReadOnlyList<IncidentRow>>.Invalid("priority", "Kies een prioriteit: P1, P2, P3 of P4.");
            query = query.Where(i => i.Priority == p);
        }
        var searching = !string.IsNullOrWhiteSpace(filter.Search);
        if (searching)
        {
            if (filter.Search!.Trim().Length > 200) return Outcome<IReadOnlyList<IncidentRow>>.Invalid("search", "Zoek op hoogstens 200 tekens.");
            var words = filter.Search.Trim().ToLower();
            query = IncidentNumbers.Normalize(filter.Search) is { } number
                ? query.Where(i => i.Number == number)
                : query.Where(i => i.Title.ToLower().Contains(words));
        }
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (IncidentActions.ParseStatus(filter.Status) is not { } s)
                return Outcome<IReadOnlyList<IncidentRow>>.Invalid("status", "Onbekende status.");
            query = query.Where(i => i.Status == s);
        }
        else if (filter.Open && !searching)
            query = query.Where(NeedsAttention);
        if (filter.Due is { Length: > 0 } due && due is not ("vandaag" or "binnenkort"))
            return Outcome<IReadOnlyList<IncidentRow>>.Invalid("due", "Kies vervalt vandaag of binnenkort.");
        if (filter.AssigneeId is { } assignee)
            query = query.Where(i => i.AssigneeId == assignee);

        var incidents = await query.ToListAsync(ct);
        var history = await StatusHistoryAsync(actor, incidents.Select(i => i.Id).ToList(), ct);
        var policy = await policies.GetAsync(ct);
        var now = clock.GetUtcNow();
        var rows = new List<IncidentRow>(incidents.Count);
        foreach (var i in incidents)
        {
            var clocks = SlaClock.Compute(policy, ClockReadings.Facts(i, history[i.Id]), now);
            rows.Add(new IncidentRow(i, clocks, await tenants.FindByIdAsync(i.TenantId, ct)));
        }
        IEnumerable<IncidentRow> result = rows;
        if (filter.Breached is { } breached) result = result.Where(r => r.Breached == breached);
        if (filter.Due == "vandaag") result = result.Where(r => r.DueToday(now));
        else if (filter.Due == "binnenkort") result = result.Where(r => r.BreachingSoon);
        // Nearest due time first; incidents whose clocks all stopped go last, newest first.
        result = result.OrderBy(r => r.NextDue is null).ThenBy(r => r.NextDue?.DueAt).ThenByDescending(r => r.Incident.ReportedAt);
        return Outcome<IReadOnlyList<IncidentRow>>.Success(result.ToList());
    }

    /// <summary>Open, or resolved while the reporter was never told (its response clock still runs, DOMAIN.md §3).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Incident, bool>> NeedsAttention = i =>
        (i.Status != IncidentStatus.Resolved && i.Status != IncidentStatus.Closed)
        || (i.Status == IncidentStatus.Resolved && i.AnsweredAt == null);

    private async Task<ILookup<Guid, StatusChange>> StatusHistoryAsync(Actor actor, List<Guid> ids, CancellationToken ct)
    {
        var events = actor.IsStaff ? db.IncidentEvents.IgnoreQueryFilters() : db.IncidentEvents;
        var changes = new List<(Guid IncidentId, StatusChange Change)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await events.AsNoTracking()
                .Where(e => chunk.Contains(e.IncidentId) && e.Kind == IncidentEventKind.StatusChanged && e.Status != null)
                .Select(e => new { e.IncidentId, e.At, e.Status }).ToListAsync(ct);
            changes.AddRange(rows.Select(r => (r.IncidentId, new StatusChange(r.At, r.Status!.Value))));
        }
        return changes.ToLookup(c => c.IncidentId, c => c.Change);
    }

    public static IncidentSummary ToSummary(IncidentRow r)
    {
        var next = r.NextDue;
        return new IncidentSummary(r.Incident.Id, r.Incident.Number, r.Tenant?.Identifier ?? "", r.Incident.Title, r.Incident.Priority.ToString(),
            r.Incident.Status.ToString(), r.Incident.Status.ToDutch(), ClockReadings.InBrussels(r.Incident.ReportedAt),
            r.Incident.AssigneeName, next?.DueAt ?? r.Clocks.Resolution.DueAt, next?.Clock ?? "none",
            ClockReadings.ToResponse(r.Clocks.Response), ClockReadings.ToResponse(r.Clocks.Resolution), r.Breached, r.DueSoon);
    }
}
