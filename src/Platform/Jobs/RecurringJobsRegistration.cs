using Hangfire;
using Platform.Kernel.Jobs;

namespace Platform.Jobs;

/// <summary>The host's one place that hands the modules' declared recurring jobs to Hangfire, when the host starts.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, IEnumerable<RecurringJobDeclaration> declarations, IServiceProvider services)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var declaration in declarations) declaration.Register(jobs, services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
