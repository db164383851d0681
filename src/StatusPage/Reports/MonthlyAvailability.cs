using Microsoft.EntityFrameworkCore;
using StatusPage.Persistence;

namespace StatusPage.Reports;

internal sealed record ComponentMonth(string Name, AvailabilityReport? Month, DowntimeBudget Budget);

internal sealed record ProductMonth(Guid Id, string Name, AvailabilityReport? Month, DowntimeBudget Budget, IReadOnlyList<ComponentMonth> Components);

/// <param name="Announced">Announced before it began: planned, left out of the 99.9 %; otherwise it counts as downtime.</param>
internal sealed record MaintenanceMonth(string Title, DateTimeOffset Start, DateTimeOffset End, bool Announced, IReadOnlyList<string> Components)
{
    public TimeSpan Duration => End - Start;
}

/// <param name="End">Resolved at, or null while still open.</param>
internal sealed record IncidentMonth(string Title, DateTimeOffset Start, DateTimeOffset? End, string WorstLevel, IReadOnlyList<string> Components, TimeSpan Duration);

/// <summary>The availability report of one Brussels calendar month: every figure comes from
/// <see cref="AvailabilityCalculator"/> on the same timelines the public page uses.</summary>
internal sealed record AvailabilityMonthReport(int Year, int Month, DateTimeOffset GeneratedAt, IReadOnlyList<ProductMonth> Products,
    IReadOnlyList<MaintenanceMonth> Maintenance, IReadOnlyList<IncidentMonth> Incidents)
{
    public string MonthName => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", Platform.Kernel.Formatting.Dutch.Culture);
}

/// <summary>Builds the monthly availability report per product and component against 99.9 % with the downtime budget;
/// maintenance listed separately, incidents with their durations.</summary>
internal sealed class MonthlyAvailability(StatusPageDbContext db, TimeProvider clock)
{
    /// <param name="productIds">Only these products (null: all).</param>
    public async Task<AvailabilityMonthReport> BuildAsync(int year, int month, IReadOnlyCollection<Guid>? productIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var range = BrusselsCalendar.Month(year, month);
        var products = await db.Products.AsNoTracking().Include(p => p.Components).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync(ct);
        if (productIds is not null) products = products.Where(p => productIds.Contains(p.Id)).ToList();
        var components = products.SelectMany(p => p.Components).ToList();
        var ids = components.Select(c => c.Id).ToList();
        var names = components.ToDictionary(c => c.Id, c => c.Name);

        var impacts = await db.IncidentImpacts.AsNoTracking()
            .Where(i => ids.Contains(i.ComponentId) && i.Start < range.End && (i.End == null || i.End >= range.Start)).ToListAsync(ct);
        // As on the public page: a draft that never got announced still happened once its time came.
        var maintenance = (await db.Maintenance.AsNoTracking().Include(m => m.Components)
                .Where(m => m.CancelledAt == null && (m.AnnouncedAt != null || m.StartedAt != null || m.ScheduledStart <= now)
                    && m.ScheduledStart < range.End && (m.CompletedAt == null || m.CompletedAt >= range.Start) && m.ScheduledEnd >= range.Start)
                .ToListAsync(ct))
            .Where(m => m.Components.Any(c => ids.Contains(c.ComponentId)) && m.Start < range.End && m.End > range.Start).ToList();
        var outages = impacts.ToLookup(i => i.ComponentId, i => i.ToOutagePeriod());
        var windows = maintenance.SelectMany(m => m.Components.Select(c => (c.ComponentId, Window: m.ToWindow()))).ToLookup(x => x.ComponentId, x => x.Window);

        var productRows = products.Select(p =>
        {
            var histories = p.Components.OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => (c.Name, History: new ComponentHistory(outages[c.Id].ToList(), windows[c.Id].ToList(), c.TrackedSince))).ToList();
            var rows = histories.Select(h =>
            {
                var timeline = AvailabilityTimeline.ForComponent(h.History, now);
                return new ComponentMonth(h.Name, AvailabilityCalculator.ForMonth(timeline, year, month, now), AvailabilityCalculator.BudgetForMonth(timeline, year, month, now));
            }).ToList();
            var product = AvailabilityTimeline.ForProduct(histories.Select(h => h.History), now);
            return new ProductMonth(p.Id, p.Name, AvailabilityCalculator.ForMonth(product, year, month, now), AvailabilityCalculator.BudgetForMonth(product, year, month, now), rows);
        }).ToList();

        var maintenanceRows = maintenance.OrderBy(m => m.Start).Select(m => new MaintenanceMonth(m.Title, m.Start, m.End, m.ToWindow().IsAnnounced,
            m.Components.Where(c => names.ContainsKey(c.ComponentId)).Select(c => names[c.ComponentId]).ToList())).ToList();

        var incidentIds = impacts.Select(i => i.IncidentId).Distinct().ToList();
        var incidents = await db.Incidents.AsNoTracking().Where(i => incidentIds.Contains(i.Id)).ToListAsync(ct);
        var incidentRows = incidents.OrderBy(i => i.StartedAt).Select(i =>
        {
            var own = impacts.Where(x => x.IncidentId == i.Id).ToList();
            var worst = own.Max(x => x.Level);
            return new IncidentMonth(i.Title, i.StartedAt, i.ResolvedAt, worst.ToDutch(),
                own.Select(x => x.ComponentId).Distinct().Where(names.ContainsKey).Select(c => names[c]).ToList(),
                (i.ResolvedAt ?? now) - i.StartedAt);
        }).ToList();
        return new AvailabilityMonthReport(year, month, now, productRows, maintenanceRows, incidentRows);
    }
}
