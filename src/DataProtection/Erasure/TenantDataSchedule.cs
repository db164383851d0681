using DataProtection.Retention;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Platform.Kernel.Jobs;

namespace DataProtection.Erasure;

/// <summary>The recurring jobs of export, erasure and retention: one Hangfire recurring job each, so with two nodes on
/// PostgreSQL each runs once per schedule.</summary>
internal sealed class TenantDataSchedule(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ErasureJob>(ErasureJob.Id, j => j.RunAsync(CancellationToken.None), "30 1 * * *", RecurringJobDefaults.Brussels);
        jobs.AddOrUpdate<RetentionJob>(RetentionJob.Id, j => j.RunAsync(CancellationToken.None), "45 1 * * *", RecurringJobDefaults.Brussels);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
