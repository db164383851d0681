using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using ServiceDesk.Calendar;
using ServiceDesk.Domain;
using ServiceDesk.Persistence;
using ServiceDesk.Reports;

namespace ServiceDesk.Bench;

/// <summary>
/// End to end on the embedded default: <see cref="ReportService"/> reading N incidents of one month (and their status
/// histories) from a SQLite file and computing the report. Not a BenchmarkDotNet run (seeding 100 000 rows takes a
/// while): a warm-up and five timed runs per size; prints the median. Run: <c>dotnet run -c Release -- db-report</c>.
/// </summary>
internal static class DatabaseReportMeasurement
{
    private static readonly TenantInfo Tenant = new(Guid.Parse("6f1b8a52-0000-4000-8000-000000000001"), "bench", "Gemeente Bench");

    public static async Task RunAsync(int[] sizes)
    {
        Console.WriteLine("| incidents | median report time (SQLite, end to end) | min |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var file = Path.Combine(Path.GetTempPath(), $"servicedesk-bench-{size}-{Guid.NewGuid():N}.db");
            try
            {
                await using var provider = Services(file);
                await SeedAsync(provider, size);
                var times = new List<double>();
                for (var run = 0; run < 6; run++)
                {
                    await using var scope = await provider.GetRequiredService<ITenantScopeFactory>().BeginAsync(Tenant.Id);
                    var reports = scope.ServiceProvider.GetRequiredService<ReportService>();
                    var watch = Stopwatch.StartNew();
                    var report = await reports.BuildAsync(Tenant, 2026, 3, CancellationToken.None);
                    watch.Stop();
                    if (report.Total != size) throw new InvalidOperationException($"Report saw {report.Total} of {size} incidents.");
                    if (run > 0) times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine($"| {size:N0} | {times[times.Count / 2]:N0} ms | {times[0]:N0} ms |");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            }
        }
    }

    private static ServiceProvider Services(string file)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddTenancyCore();
        services.AddSingleton<ITenantStore>(new OneTenant());
        services.AddModuleDbContext<ServiceDeskDbContext, SqliteServiceDeskDbContext, PostgresServiceDeskDbContext>(
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }, ServiceDeskDbContext.SchemaName);
        services.AddSingleton<ClockPolicyProvider>();
        services.AddScoped<ReportService>();
        return services.BuildServiceProvider();
    }

    private static async Task SeedAsync(ServiceProvider provider, int size)
    {
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Database.MigrateAsync();
        var facts = ReportBenchmarks.Generate(size);
        foreach (var chunk in facts.Chunk(5_000))
        {
            await using var scope = await provider.GetRequiredService<ITenantScopeFactory>().BeginAsync(Tenant.Id);
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            foreach (var f in chunk)
            {
                var incident = new Incident
                {
                    Id = f.Key, Title = f.Title, Description = "Benchmark", Urgency = 2, Impact = 2, Priority = f.Facts.Priority,
                    Status = f.Facts.StatusHistory.Count > 0 ? f.Facts.StatusHistory[^1].Status : IncidentStatus.New,
                    ReportedAt = f.Facts.ReportedAt.ToUniversalTime(), RecordedAt = f.Facts.ReportedAt.ToUniversalTime(),
                    ReporterName = "Bench", AnsweredAt = f.Facts.AnsweredAt?.ToUniversalTime(), Number = f.Number,
                };
                foreach (var change in f.Facts.StatusHistory)
                    incident.Events.Add(new IncidentEvent
                    {
                        Id = Guid.NewGuid(), IncidentId = incident.Id, At = change.At.ToUniversalTime(), Kind = IncidentEventKind.StatusChanged,
                        Status = change.Status, ActorName = "Bench",
                    });
                db.Incidents.Add(incident);
            }
            await db.SaveChangesAsync();
        }
    }

    private sealed class OneTenant : ITenantStore
    {
        public ValueTask<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(identifier == Tenant.Identifier ? Tenant : null);

        public ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(id == Tenant.Id ? Tenant : null);

        public void Invalidate(Guid id) { }
    }
}
