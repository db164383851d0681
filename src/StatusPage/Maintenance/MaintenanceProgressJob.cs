using Hangfire;

namespace StatusPage.Maintenance;

/// <summary>Starts and completes announced maintenance on schedule (every minute, declared in AddStatusPage).</summary>
internal sealed class MaintenanceProgressJob(MaintenanceService maintenance)
{
    [DisableConcurrentExecution(60)]
    public Task<int> RunAsync(CancellationToken ct) => maintenance.ProgressAsync(ct);
}
