using Microsoft.EntityFrameworkCore;
using StatusPage.Persistence;
using StatusPage.Subscriptions;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;

namespace StatusPage.Public;

/// <summary>Reads the status data in a handful of queries and applies the domain rules to it.</summary>
internal sealed class StatusSnapshotBuilder(StatusPageDbContext db, TimeProvider clock)
{
    /// <returns>Null when <paramref name="product"/> names no product.</returns>
    public async Task<StatusSnapshot?> BuildAsync(string? product, int pastPage, int pastPageSize, CancellationToken ct, CityView? city = null)
    {
        var now = clock.GetUtcNow();
        var today = BrusselsCalendar.DayOf(now);
        var since = TimeRange.Min(BrusselsCalendar.Day(today.AddDays(-DayBars.DefaultDays)).Start, BrusselsCalendar.MonthOf(now).Start);
        var monthEnd = BrusselsCalendar.MonthOf(now).End;

        var (products, selected, unknown) = await ProductsAsync(product, city, ct);
        if (unknown) return null;
        var filtered = selected is not null || city is not null;
        var componentIds = products.SelectMany(p => p.Components).Select(c => c.Id).ToList();
        var names = products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Name);

        var impacts = await db.IncidentImpacts.AsNoTracking()
            .Where(i => componentIds.Contains(i.ComponentId) && (i.End == null || i.End >= since)).ToListAsync(ct);
        // A draft that was never announced still happened once its time came (it starts by itself on schedule):
        // it is unannounced maintenance and counts as downtime. Drafts still to come are not public.
        var maintenance = await db.Maintenance.AsNoTracking().Include(m => m.Components)
            .Where(m => m.CancelledAt == null && (m.AnnouncedAt != null || m.StartedAt != null || m.ScheduledStart <= now)
                && (m.CompletedAt == null || m.CompletedAt >= since) && m.ScheduledEnd >= since)
            .ToListAsync(ct);
        maintenance = maintenance.Where(m => !filtered || m.Components.Any(c => componentIds.Contains(c.ComponentId))).ToList();
        var outagesByComponent = impacts.ToLookup(i => i.ComponentId, i => i.ToOutagePeriod());
        var windowsByComponent = maintenance.SelectMany(m => m.Components.Select(c => (c.ComponentId, Window: m.ToWindow())))
            .ToLookup(x => x.ComponentId, x => x.Window);

        var openImpacts = impacts.Where(i => i.End is null).Select(i => new ComponentImpact(i.ComponentId, i.Level));
        var inMaintenance = maintenance.Where(m => m.StatusAt(now) == MaintenanceStatus.InProgress)
            .SelectMany(m => m.Components.Select(c => c.ComponentId));
        var statuses = ComponentStatusDerivation.DeriveAll(
            products.SelectMany(p => p.Components).Select(c => new ComponentState(c.Id, c.ManualStatus)), openImpacts, inMaintenance);

        var views = products.Select(p =>
        {
            var histories = p.Components.OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => (Component: c, History: new ComponentHistory(outagesByComponent[c.Id].ToList(), windowsByComponent[c.Id].ToList(), c.TrackedSince)))
                .ToList();
            var components = histories.Select(h => ComponentViewOf(h.Component, h.History, statuses[h.Component.Id], now)).ToList();
            var timeline = AvailabilityTimeline.ForProduct(histories.Select(h => h.History), now);
            return new ProductView(p.Id, p.Slug, p.Name, p.Description, ComponentStatusDerivation.Overall(components.Select(c => c.Status)),
                components, Ninety(timeline, now), Month(timeline, now), Budget(timeline, now));
        }).ToList();

        var open = await IncidentsAsync(db.Incidents.Where(i => i.ResolvedAt == null), filtered, componentIds, names, ct);
        var (past, page, pages) = await PastAsync(filtered, componentIds, names, pastPage, pastPageSize, ct);
        MaintenanceView ViewOf(PlannedMaintenance m) => new(m.Id, m.Title, m.Description, m.Start, m.End, m.StatusAt(now),
            m.Components.Where(c => names.ContainsKey(c.ComponentId)).Select(c => names[c.ComponentId]).ToList(),
            m.AnnouncedAt, !m.ToWindow().IsAnnounced);
        var upcoming = maintenance.Where(m => m.StatusAt(now) != MaintenanceStatus.Completed).OrderBy(m => m.Start).Select(ViewOf).ToList();
        var ninetyStart = BrusselsCalendar.Day(today.AddDays(1 - DayBars.DefaultDays)).Start;
        var unannounced = maintenance.Where(m => !m.ToWindow().IsAnnounced && m.End > ninetyStart)
            .OrderByDescending(m => m.Start).Select(ViewOf).ToList();

        var selectedView = selected is null ? null : views.SingleOrDefault();
        return new StatusSnapshot(now, selectedView, views, open, upcoming, past, page, pages) { Unannounced = unannounced, City = city };
    }

    /// <summary>The products shown, with their components: all, the one named (<c>Unknown</c> when none has that name), and
    /// for a city only the components behind the features its published app uses.</summary>
    private async Task<(List<Product> Products, Product? Selected, bool Unknown)> ProductsAsync(string? product, CityView? city, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Components).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync(ct);
        Product? selected = null;
        if (!string.IsNullOrWhiteSpace(product))
        {
            selected = await ProductLookup.FindAsync(db, product, ct);
            if (selected is null) return ([], null, true);
            products = products.Where(p => p.Id == selected.Id).ToList();
        }
        if (city is not null)
        {
            // Only the components behind the features the city's published app uses.
            foreach (var p in products) p.Components = p.Components.Where(c => c.Features.Any(city.Features.Contains)).ToList();
            products = products.Where(p => p.Components.Count > 0).ToList();
        }
        return (products, selected, false);
    }

    /// <summary>One page of resolved incidents, newest first (only those touching the shown components when filtered).</summary>
    private async Task<(List<IncidentView> Past, int Page, int Pages)> PastAsync(bool filtered, List<Guid> componentIds,
        Dictionary<Guid, string> names, int pastPage, int pastPageSize, CancellationToken ct)
    {
        var pastQuery = db.Incidents.Where(i => i.ResolvedAt != null);
        if (filtered) pastQuery = pastQuery.Where(i => i.Impacts.Any(x => componentIds.Contains(x.ComponentId)));
        var pastCount = await pastQuery.CountAsync(ct);
        var pages = Math.Max(1, (pastCount + pastPageSize - 1) / pastPageSize);
        var page = Math.Clamp(pastPage, 1, pages);
        var past = await IncidentsAsync(pastQuery.OrderByDescending(i => i.StartedAt).Skip((page - 1) * pastPageSize).Take(pastPageSize), false, componentIds, names, ct);
        return (past, page, pages);
    }

    /// <summary>One incident for its permalink page, with every component it touched; null when unknown.</summary>
    public async Task<IncidentView?> IncidentAsync(Guid id, CancellationToken ct)
    {
        var names = await db.Components.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return (await IncidentsAsync(db.Incidents.Where(i => i.Id == id), false, [], names, ct)).SingleOrDefault();
    }

    private static ComponentView ComponentViewOf(Component c, ComponentHistory history, ComponentStatus status, DateTimeOffset now)
    {
        var timeline = AvailabilityTimeline.ForComponent(history, now);
        return new ComponentView(c.Id, c.Name, c.Group, status, DayBars.Build([history], now), Ninety(timeline, now), Month(timeline, now), Budget(timeline, now));
    }

    private static AvailabilityReport? Ninety(AvailabilityTimeline timeline, DateTimeOffset now)
    {
        var today = BrusselsCalendar.DayOf(now);
        return AvailabilityCalculator.ForPeriod(timeline,
            new TimeRange(BrusselsCalendar.Day(today.AddDays(1 - DayBars.DefaultDays)).Start, BrusselsCalendar.Day(today).End), now);
    }

    private static AvailabilityReport? Month(AvailabilityTimeline timeline, DateTimeOffset now)
    {
        var day = BrusselsCalendar.DayOf(now);
        return AvailabilityCalculator.ForMonth(timeline, day.Year, day.Month, now);
    }

    private static DowntimeBudget Budget(AvailabilityTimeline timeline, DateTimeOffset now)
    {
        var day = BrusselsCalendar.DayOf(now);
        return AvailabilityCalculator.BudgetForMonth(timeline, day.Year, day.Month, now);
    }

    private static async Task<List<IncidentView>> IncidentsAsync(IQueryable<StatusIncident> query, bool filtered,
        List<Guid> componentIds, Dictionary<Guid, string> names, CancellationToken ct)
    {
        if (filtered) query = query.Where(i => i.Impacts.Any(x => componentIds.Contains(x.ComponentId)));
        var incidents = await query.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery().ToListAsync(ct);
        return incidents.Select(i => new IncidentView(i.Id, i.Title, i.Status, i.StartedAt, i.ResolvedAt,
                i.Updates.OrderByDescending(u => u.At).Select(u => new UpdateView(u.At, u.Status, u.Message)).ToList(),
                (i.IsOpen ? i.Impacts.Where(x => x.End is null) : i.Impacts)
                    .Where(x => names.ContainsKey(x.ComponentId)).GroupBy(x => x.ComponentId)
                    .Select(g => Notifications.StatusTexts.Impact(names[g.Key], g.OrderByDescending(x => x.Start).First().Level)).ToList())
            {
                Report = i.ReportPublishedAt is { } published && !i.IsOpen
                    ? new PostIncidentReportView(i.ReportCause ?? "", i.ReportImpact ?? "", i.ReportMeasures ?? "", published) : null,
            })
            .OrderByDescending(i => i.StartedAt).ToList();
    }
}
