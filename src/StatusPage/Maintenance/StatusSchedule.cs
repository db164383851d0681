using Hangfire;
using Microsoft.Extensions.Hosting;
using Platform.Kernel.Jobs;
using StatusPage.Notifications;

namespace StatusPage.Maintenance;

/// <summary>Every minute: start and complete announced maintenance on schedule, and dispatch any event whose
/// queued dispatch was lost.</summary>
internal sealed class StatusSchedule(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<MaintenanceProgressJob>("statuspage-maintenance-progress", j => j.RunAsync(CancellationToken.None), Cron.Minutely(), RecurringJobDefaults.Brussels);
        // Daily; it mails only from the month's first working day on, once per recipient and month (Reports/MonthlyReportJob).
        jobs.AddOrUpdate<Reports.MonthlyReportJob>("statuspage-monthly-report", j => j.RunAsync(CancellationToken.None), "0 7 * * *", RecurringJobDefaults.Brussels);
        jobs.AddOrUpdate<StatusNotificationJob>("statuspage-dispatch-pending", j => j.DispatchPendingAsync(CancellationToken.None), "*/5 * * * *", RecurringJobDefaults.Brussels);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class MaintenanceProgressJob(MaintenanceService maintenance)
{
    [DisableConcurrentExecution(60)]
    public Task<int> RunAsync(CancellationToken ct) => maintenance.ProgressAsync(ct);
}
