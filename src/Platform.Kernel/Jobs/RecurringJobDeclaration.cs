using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Kernel.Jobs;

/// <summary>One recurring job a module declares in its <c>AddX</c> (<c>services.AddRecurringJob&lt;TJob&gt;(...)</c>);
/// the host registers every declaration with Hangfire once at start-up (docs/decisions/0020-recurring-jobs-declared-one-way.md).
/// Hangfire keeps one recurring job per id in the shared storage, so with several nodes each schedule runs once.</summary>
public sealed class RecurringJobDeclaration(string id, Func<IServiceProvider, string?> cron, Action<IRecurringJobManager, string> addOrUpdate)
{
    public string Id { get; } = id;

    /// <summary>Adds or updates the job on its schedule (Brussels time); a declaration whose schedule is switched off by
    /// configuration (no cron) removes the job, so a node started without it does not keep a stale one.</summary>
    public void Register(IRecurringJobManager jobs, IServiceProvider services)
    {
        if (cron(services) is { Length: > 0 } schedule)
            addOrUpdate(jobs, schedule);
        else
            jobs.RemoveIfExists(Id);
    }
}

public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>Declares a recurring job on a fixed cron (Brussels time).</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, Expression<Func<TJob, Task>> run, string cron) =>
        services.AddRecurringJob(id, run, _ => cron);

    /// <summary>Declares a recurring job whose cron comes from configuration; null or empty = not scheduled.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, Expression<Func<TJob, Task>> run, Func<IServiceProvider, string?> cron) =>
        services.AddSingleton(new RecurringJobDeclaration(id, cron, (jobs, schedule) => jobs.AddOrUpdate(id, run, schedule, RecurringJobDefaults.Brussels)));
}
