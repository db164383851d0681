using Microsoft.EntityFrameworkCore;
using StatusPage.Persistence;
using StatusPage.Public;

namespace StatusPage.Checks;

internal sealed record ChartPoint(DateTimeOffset Start, int Count, int Failures, double? AvgMs, int? P95Ms);

/// <summary>One window (24 h, 7 d, 90 d): points of response time and the window's figures. <see cref="P95Ms"/> is the
/// highest hourly 95th percentile in the window (hourly roll-ups keep no finer data).</summary>
internal sealed record ChartSeries(string Title, string Scale, IReadOnlyList<ChartPoint> Points, int Count, int Failures, double? AvgMs, int? P95Ms)
{
    public double? Uptime => Count == 0 ? null : 100.0 * (Count - Failures) / Count;
}

internal sealed record ComponentChartData(Guid Id, string Name, string? Product, int Checks, IReadOnlyList<ChartSeries> Series, ComponentView? Availability);

/// <summary>Reads a component's hourly roll-ups (plus the raw results of hours not rolled up yet) into the three windows
/// of the public chart page.</summary>
internal sealed class ComponentCharts(StatusPageDbContext db, TimeProvider clock, StatusSnapshotBuilder snapshots)
{
    public async Task<ComponentChartData?> BuildAsync(Guid componentId, CancellationToken ct)
    {
        var component = await db.Components.AsNoTracking().FirstOrDefaultAsync(c => c.Id == componentId, ct);
        if (component is null) return null;
        var product = await db.Products.AsNoTracking().Where(p => p.Id == component.ProductId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var currentHour = HealthCheckRollupJob.HourOf(now);
        var checks = await db.HealthChecks.AsNoTracking().Where(c => c.ComponentId == componentId)
            .Select(c => new { c.Id, c.RolledUpUntil, c.CreatedAt }).ToListAsync(ct);
        var ids = checks.Select(c => c.Id).ToList();
        var from90 = currentHour.AddDays(-90);
        var stored = await db.HealthCheckRollups.AsNoTracking().Where(r => ids.Contains(r.CheckId) && r.Hour >= from90).ToListAsync(ct);
        var rawFrom = checks.Count == 0 ? now : checks.Min(c => c.RolledUpUntil ?? HealthCheckRollupJob.HourOf(c.CreatedAt));
        if (rawFrom < now.AddDays(-7)) rawFrom = HealthCheckRollupJob.HourOf(now.AddDays(-7));
        var raw = await db.HealthCheckResults.AsNoTracking().Where(r => ids.Contains(r.CheckId) && r.At >= rawFrom)
            .Select(r => new { r.CheckId, r.At, r.Outcome, r.LatencyMs }).ToListAsync(ct);
        var rolledUntil = checks.ToDictionary(c => c.Id, c => c.RolledUpUntil ?? DateTimeOffset.MinValue);
        var fresh = raw.Where(r => r.At >= rolledUntil[r.CheckId])
            .GroupBy(r => (r.CheckId, Hour: HealthCheckRollupJob.HourOf(r.At)))
            .Select(g => HealthCheckRollupJob.Rollup(g.Key.CheckId, g.Key.Hour, g.Select(r => (r.Outcome, r.LatencyMs)).ToList()));
        var hours = stored.Where(r => r.Hour < rolledUntil[r.CheckId]).Concat(fresh).ToList();

        var series = new List<ChartSeries>
        {
            Series("Laatste 24 uur", "per uur", hours, currentHour.AddHours(-23), TimeSpan.FromHours(1), 24),
            Series("Laatste 7 dagen", "per uur", hours, currentHour.AddHours(-167), TimeSpan.FromHours(1), 168),
            Series("Laatste 90 dagen", "per dag", hours, currentHour.AddHours(1).AddDays(-90), TimeSpan.FromDays(1), 90),
        };
        var snapshot = await snapshots.BuildAsync(null, 1, 1, ct);
        var availability = snapshot?.Products.SelectMany(p => p.Components).FirstOrDefault(c => c.Id == componentId);
        return new(component.Id, component.Name, product, checks.Count, series, availability);
    }

    private static ChartSeries Series(string title, string scale, List<Checks.HealthCheckRollup> hours, DateTimeOffset start, TimeSpan step, int count)
    {
        var end = start + step * count;
        var inWindow = hours.Where(h => h.Hour >= start && h.Hour < end).ToList();
        var points = Enumerable.Range(0, count).Select(i =>
        {
            var from = start + step * i;
            var bucket = inWindow.Where(h => h.Hour >= from && h.Hour < from + step).ToList();
            return Point(from, bucket);
        }).ToList();
        var all = Point(start, inWindow);
        return new(title, scale, points, all.Count, all.Failures, all.AvgMs, all.P95Ms);
    }

    private static ChartPoint Point(DateTimeOffset start, List<Checks.HealthCheckRollup> bucket)
    {
        var count = bucket.Sum(h => h.Count);
        var failures = bucket.Sum(h => h.Failures);
        var answered = bucket.Sum(h => h.Count - h.Failures);
        double? avg = answered == 0 ? null : Math.Round(bucket.Sum(h => h.AvgLatencyMs * (h.Count - h.Failures)) / answered, 1);
        int? p95 = answered == 0 ? null : bucket.Where(h => h.Count > h.Failures).Max(h => h.P95LatencyMs);
        return new(start, count, failures, avg, p95);
    }
}
