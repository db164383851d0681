using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusPage.Persistence;

namespace StatusPage.Checks;

/// <summary>
/// The recurring job that runs the due checks. A check is claimed per due time in the database
/// (<c>UPDATE … SET NextDueAt = next WHERE Id = @id AND NextDueAt = @due</c>): with several nodes each due time is run by
/// the one node whose update hit a row. Each check runs in a scope of its own; its result then feeds the automation.
/// </summary>
internal sealed class HealthCheckRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<HealthCheckOptions> options, ILogger<HealthCheckRunner> logger)
{
    public const string JobId = "statuspage-health-checks";

    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(Guid Id, DateTimeOffset Due)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
            due = (await db.HealthChecks.AsNoTracking().Where(c => c.Enabled && c.NextDueAt <= now).OrderBy(c => c.NextDueAt)
                .Select(c => new { c.Id, c.NextDueAt }).Take(2000).ToListAsync(ct)).Select(c => (c.Id, c.NextDueAt)).ToList();
        }
        var ran = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallel, CancellationToken = ct },
            async (d, token) =>
            {
                if (await RunOneAsync(d.Id, d.Due, token) is not null) Interlocked.Increment(ref ran);
            });
        return ran;
    }

    /// <summary>Runs a check now (an agent's "nu controleren"), through the same claim so it never doubles a scheduled run.</summary>
    public async Task<HealthCheckResult?> RunNowAsync(Guid id, CancellationToken ct)
    {
        DateTimeOffset? due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<StatusPageDbContext>().HealthChecks.AsNoTracking()
                .Where(c => c.Id == id).Select(c => (DateTimeOffset?)c.NextDueAt).FirstOrDefaultAsync(ct);
        return due is { } d ? await RunOneAsync(id, d, ct) : null;
    }

    private async Task<HealthCheckResult?> RunOneAsync(Guid id, DateTimeOffset due, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
        var check = await db.HealthChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return null;
        var now = clock.GetUtcNow();
        var next = due.AddSeconds(check.IntervalSeconds);
        if (next <= now) next = now.AddSeconds(check.IntervalSeconds); // missed due times are skipped, not caught up
        var claimed = await db.HealthChecks.Where(c => c.Id == id && c.NextDueAt == due)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.NextDueAt, next), ct);
        if (claimed == 0) return null;

        ProbeReading probe;
        try
        {
            probe = await scope.ServiceProvider.GetRequiredService<HealthProbe>().RunAsync(check, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Health check {CheckId} could not run", id);
            probe = new(CheckOutcome.Down, 0, "De controle kon niet worden uitgevoerd.");
        }
        var at = clock.GetUtcNow();
        var result = new HealthCheckResult { Id = Guid.CreateVersion7(at), CheckId = id, At = at, Outcome = probe.Outcome, LatencyMs = probe.LatencyMs, Message = probe.Message };
        db.HealthCheckResults.Add(result);
        var tracked = await db.HealthChecks.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (tracked is null) return null;
        tracked.Streak = tracked.LastOutcome == probe.Outcome ? tracked.Streak + 1 : 1;
        (tracked.LastOutcome, tracked.LastRunAt, tracked.LastLatencyMs, tracked.LastMessage) = (probe.Outcome, at, probe.LatencyMs, probe.Message);
        await db.SaveChangesAsync(ct);
        logger.LogDebug("Health check {CheckId}: {Outcome} in {LatencyMs} ms", id, probe.Outcome, probe.LatencyMs);
        await scope.ServiceProvider.GetRequiredService<HealthAutomation>().EvaluateAsync(check.ComponentId, ct);
        return result;
    }
}
