using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using ServiceDesk.Calendar;
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
        var (query, errors) = await FilterAsync(actor, filter, ct);
        if (errors is not null) return Outcome<IReadOnlyList<IncidentRow>>.Invalid(errors);
        var result = ByClocks(await RowsAsync(actor, await query!.ToListAsync(ct), ct), filter);
        return Outcome<IReadOnlyList<IncidentRow>>.Success(ByDue(result, descending: false).ToList());
    }

    /// <summary>Who has open incidents assigned, for the queue's filter (read from the rows, no clocks computed).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssigneesAsync(Actor actor, CancellationToken ct) =>
        (await access.Readable(actor).AsNoTracking().Where(NeedsAttention).Where(i => i.AssigneeId != null)
            .Select(i => new { Id = i.AssigneeId!.Value, i.AssigneeName }).Distinct().ToListAsync(ct))
        .DistinctBy(x => x.Id).Select(x => (x.Id, x.AssigneeName ?? "?")).OrderBy(x => x.Item2).ToList();

    /// <summary>The default order of the queue: nearest due time first (computed now, so sorted in memory).</summary>
    public const string DueSort = "vervalt";

    private static readonly SortMap<Incident> Sorts = new SortMap<Incident>()
        .Add(DueSort, i => i.ReportedAt)
        .Add("nummer", i => i.Number)
        .Add("prioriteit", i => i.Priority)
        .Add("gemeld", i => i.ReportedAt)
        .Add("titel", i => i.Title)
        .Add("status", i => i.Status);

    public static PageRequest Request(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, Sorts.Keys, DueSort);

    /// <summary>The portal's order: newest reported first.</summary>
    public static PageRequest NewestFirst(int? page, string? sort, string? dir) =>
        PageRequest.From(page, null, sort, dir, null, Sorts.Keys, "gemeld", defaultDescending: true);

    /// <summary>One page of the list. Sorted on a stored column (number, priority, reported, title, status) the database sorts
    /// and pages, and clocks are computed for that page only; the due-time order and the breached filter depend on clocks
    /// computed now, so then the filtered incidents (the open ones, unless searching) are read and paged in memory.</summary>
    public async Task<Outcome<PagedList<IncidentRow>>> PageAsync(Actor actor, IncidentFilter filter, PageRequest request, CancellationToken ct)
    {
        var (query, errors) = await FilterAsync(actor, filter, ct);
        if (errors is not null) return Outcome<PagedList<IncidentRow>>.Invalid(errors);
        if (request.Sort != DueSort)
        {
            var sorted = Sorts.Apply(query!, request).ThenBy(i => i.Id);
            if (!NeedsClocks(filter))
            {
                var page = await sorted.ToPagedListAsync(request, ct);
                var rows = await RowsAsync(actor, page.Items, ct);
                return Outcome<PagedList<IncidentRow>>.Success(new PagedList<IncidentRow>(rows, page.Page, page.Size, page.TotalCount));
            }
            var all = await RowsAsync(actor, await sorted.ToListAsync(ct), ct);
            return Outcome<PagedList<IncidentRow>>.Success(ByClocks(all, filter).ToPagedList(request));
        }
        var result = ByClocks(await RowsAsync(actor, await query!.ToListAsync(ct), ct), filter);
        return Outcome<PagedList<IncidentRow>>.Success(ByDue(result, request.Descending).ToPagedList(request));
    }

    /// <summary>Whether the filter needs every matching incident's clocks computed now (breached, due today, breaching soon);
    /// an empty <c>vervalt=</c> from the queue's form is no filter, so the database pages.</summary>
    internal static bool NeedsClocks(IncidentFilter filter) => filter.Breached is not null || !string.IsNullOrEmpty(filter.Due);

    /// <summary>The filters that depend on clocks computed now: breached, due today, breaching soon.</summary>
    private IEnumerable<IncidentRow> ByClocks(IEnumerable<IncidentRow> rows, IncidentFilter filter)
    {
        var now = clock.GetUtcNow();
        if (filter.Breached is { } breached) rows = rows.Where(r => r.Breached == breached);
        if (filter.Due == "vandaag") rows = rows.Where(r => r.DueToday(now));
        else if (filter.Due == "binnenkort") rows = rows.Where(r => r.BreachingSoon);
        return rows;
    }

    // Nearest due time first; incidents whose clocks all stopped go last, newest first.
    private static IEnumerable<IncidentRow> ByDue(IEnumerable<IncidentRow> rows, bool descending) => descending
        ? rows.OrderBy(r => r.NextDue is null).ThenByDescending(r => r.NextDue?.DueAt).ThenByDescending(r => r.Incident.ReportedAt)
        : rows.OrderBy(r => r.NextDue is null).ThenBy(r => r.NextDue?.DueAt).ThenByDescending(r => r.Incident.ReportedAt);

    private async Task<(IQueryable<Incident>? Query, IDictionary<string, string[]>? Errors)> FilterAsync(Actor actor, IncidentFilter filter, CancellationToken ct)
    {
        static (IQueryable<Incident>?, IDictionary<string, string[]>?) Invalid(string field, string message) =>
            (null, new Dictionary<string, string[]> { [field] = [message] });
        var query = access.Readable(actor).AsNoTracking();
        if (actor.IsStaff && !string.IsNullOrWhiteSpace(filter.Tenant))
        {
            var tenant = await tenants.FindByIdentifierAsync(filter.Tenant.Trim(), ct);
            if (tenant is null) return Invalid("tenant", "Dit lokaal bestuur bestaat niet.");
            query = query.Where(i => i.TenantId == tenant.Id);
        }
        if (!string.IsNullOrWhiteSpace(filter.Priority))
        {
            if (!Enum.TryParse<Priority>(filter.Priority, true, out var p) || !Enum.IsDefined(p))
                return Invalid("priority", "Kies een prioriteit: P1, P2, P3 of P4.");
            query = query.Where(i => i.Priority == p);
        }
        var searching = !string.IsNullOrWhiteSpace(filter.Search);
        if (searching)
        {
            if (filter.Search!.Trim().Length > 200) return Invalid("search", "Zoek op hoogstens 200 tekens.");
            var words = filter.Search.Trim().ToLower();
            query = IncidentNumbers.Normalize(filter.Search) is { } number
                ? query.Where(i => i.Number == number)
                : query.Where(i => i.Title.ToLower().Contains(words));
        }
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (IncidentActions.ParseStatus(filter.Status) is not { } s)
                return Invalid("status", "Onbekende status.");
            query = query.Where(i => i.Status == s);
        }
        else if (filter.Open && !searching)
            query = query.Where(NeedsAttention);
        if (filter.Due is { Length: > 0 } due && due is not ("vandaag" or "binnenkort"))
            return Invalid("due", "Kies vervalt vandaag of binnenkort.");
        if (filter.AssigneeId is { } assignee)
            query = query.Where(i => i.AssigneeId == assignee);
        return (query, null);
    }

    private async Task<List<IncidentRow>> RowsAsync(Actor actor, IReadOnlyList<Incident> incidents, CancellationToken ct)
    {
        var history = await StatusHistoryAsync(actor, incidents.Select(i => i.Id).ToList(), ct);
        var policy = await policies.GetAsync(ct);
        var now = clock.GetUtcNow();
        var rows = new List<IncidentRow>(incidents.Count);
        foreach (var i in incidents)
        {
            var clocks = SlaClock.Compute(policy, ClockReadings.Facts(i, history[i.Id]), now);
            rows.Add(new IncidentRow(i, clocks, await tenants.FindByIdAsync(i.TenantId, ct)));
        }
        return rows;
    }

    /// <summary>Open, or resolved while the reporter was never told (its response clock still runs, DOMAIN.md §3).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Incident, bool>> NeedsAttention = i =>
        (i.Status != IncidentStatus.Resolved && i.Status != IncidentStatus.Closed)
        || (i.Status == IncidentStatus.Resolved && i.AnsweredAt == null);

    private async Task<ILookup<Guid, StatusChange>> StatusHistoryAsync(Actor actor, List<Guid> ids, CancellationToken ct)
    {
        var events = actor.IsStaff ? AcrossTenants.IncidentEvents(db) : db.IncidentEvents;
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
