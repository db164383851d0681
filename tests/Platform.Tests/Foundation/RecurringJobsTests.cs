using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Jobs;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Foundation;

/// <summary>Recurring jobs are declared one way (docs/decisions/0020-recurring-jobs-declared-one-way.md): each module in its
/// <c>AddX</c>, the host registers them all at start-up, and nothing else in <c>src</c> talks to Hangfire's recurring jobs.</summary>
[Collection(SqliteCollection.Name)]
public sealed class RecurringJobsTests(SqliteApp app)
{
    [Fact]
    public void The_host_registers_every_declared_schedule_and_no_other()
    {
        _ = app.Server; // started: the hosted services ran
        var declared = app.Services.GetServices<RecurringJobDeclaration>().ToList();
        Assert.True(declared.Count >= 19, $"only {declared.Count} declarations");
        Assert.Equal(declared.Count, declared.Select(d => d.Id).Distinct().Count());
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var registered = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j);

        Assert.All(registered.Keys, id => Assert.Contains(declared, d => d.Id == id));
        foreach (var id in new[] { "billing-daily-invoice-run", "billing-invoice-mails", "servicedesk-sla-warnings", "servicedesk-desk-digest",
                     "statuspage-monthly-report", "statuspage-health-checks", "dataprotection-erasures", "dataprotection-changes" })
        {
            Assert.True(registered.TryGetValue(id, out var job), $"{id} is not registered");
            Assert.Equal("Europe/Brussels", job!.TimeZoneId);
        }
        Assert.Equal("0 6 * * *", registered["billing-daily-invoice-run"].Cron);
        Assert.False(registered.ContainsKey("billing-bank-statement-drop-folder"), "no drop folder is configured, so no schedule");
    }

    [Fact]
    public void Only_the_kernel_declaration_talks_to_hangfires_recurring_jobs()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Platform.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var allowed = new[] { "src/Platform.Kernel/Jobs/RecurringJobDeclaration.cs", "src/Platform/Jobs/RecurringJobsRegistration.cs" };
        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root.FullName, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/") && !allowed.Contains(f))
            .Where(f => File.ReadAllText(Path.Combine(root.FullName, f)) is var text
                        && (text.Contains("IRecurringJobManager", StringComparison.Ordinal) || text.Contains("RecurringJob.AddOrUpdate", StringComparison.Ordinal)))
            .ToList();
        Assert.True(offenders.Count == 0, "declare the schedule with services.AddRecurringJob in the module's AddX: " + string.Join(", ", offenders));
    }
}
