using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Kernel.Jobs;
using StatusPage.Persistence;
using StatusPage.Public;

namespace StatusPage.Checks;

/// <summary>Hourly: rolls each check's finished hours into <see cref="HealthCheckRollup"/> (count, failures, degraded,
/// average and p95 latency), then deletes raw results older than 7 days and roll-ups older than 90 days. Idempotent: a
/// check's hours are rewritten from its raw results up to <see cref="HealthCheck.RolledUpUntil"/>, so a second run changes
/// nothing. The public charts are rendered afresh once hours roll up, not per check.</summary>
internal sealed class HealthCheckRollupJob(StatusPageDbContext db, TimeProvider clock, StatusPageCache cache)
{
    public const string JobId = "statuspage-health-check-rollups";
    public static readonly TimeSpan RawRetention = TimeSpan.FromDays(7);
    public static readonly TimeSpan RollupRetention = TimeSpan.FromDays(90);

    [DisableConcurrentExecution(600)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var currentHour = HourOf(now);
        var rawFrom = HourOf(now - RawRetention);
        var checks = await db.HealthChecks.AsNoTracking().Select(c => new { c.Id, c.RolledUpUntil, c.CreatedAt }).ToListAsync(ct);
        var hours = 0;
        foreach (var check in checks)
        {
            var from = HourOf(check.RolledUpUntil ?? check.CreatedAt);
            if (from < rawFrom) from = rawFrom;
            if (from >= currentHour) continue;
            var results = await db.HealthCheckResults.AsNoTracking().Where(r => r.CheckId == check.Id && r.At >= from && r.At < currentHour)
                .Select(r => new { r.At, r.Outcome, r.LatencyMs }).ToListAsync(ct);
            var rollups = results.GroupBy(r => HourOf(r.At)).Select(g => Rollup(check.Id, g.Key, g.Select(r => (r.Outcome, r.LatencyMs)).ToList())).ToList();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.HealthCheckRollups.Where(r => r.CheckId == check.Id && r.Hour >= from && r.Hour < currentHour).ExecuteDeleteAsync(ct);
            db.HealthCheckRollups.AddRange(rollups);
            await db.SaveChangesAsync(ct);
            await db.HealthChecks.Where(c => c.Id == check.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.RolledUpUntil, currentHour), ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            hours += rollups.Count;
        }
        await db.HealthCheckResults.Where(r => r.At < now - RawRetention).ExecuteDeleteAsync(ct);
        await db.HealthCheckRollups.Where(r => r.Hour < now - RollupRetention).ExecuteDeleteAsync(ct);
        if (hours > 0) await cache.ChangedAsync();
        return hours;
    }

    public static HealthCheckRollup Rollup(Guid checkId, DateTimeOffset hour, IReadOnlyList<(CheckOutcome Outcome, int LatencyMs)> results)
    {
        var latencies = results.Where(r => r.Outcome != CheckOutcome.Down).Select(r => r.LatencyMs).Order().ToList();
        return new HealthCheckRollup
        {
            CheckId = checkId, Hour = hour, Count = results.Count,
            Failures = results.Count(r => r.Outcome == CheckOutcome.Down),
            Degraded = results.Count(r => r.Outcome == CheckOutcome.Degraded),
            AvgLatencyMs = latencies.Count == 0 ? 0 : Math.Round(latencies.Average(), 1),
            P95LatencyMs = Percentile(latencies, 0.95),
        };
    }

    /// <summary>Nearest-rank percentile of sorted values (0 when empty).</summary>
    public static int Percentile(IReadOnlyList<int> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static DateTimeOffset HourOf(DateTimeOffset t)
    {
        var u = t.ToUniversalTime();
        return new DateTimeOffset(u.Year, u.Month, u.Day, u.Hour, 0, 0, TimeSpan.Zero);
    }
}
