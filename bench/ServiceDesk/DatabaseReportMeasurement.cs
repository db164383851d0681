using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Changes;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using ServiceDesk.Calendar;
using ServiceDesk.Domain;
using ServiceDesk.Persistence;
using ServiceDesk.Reports;
using ServiceDesk.Incidents;

namespace ServiceDesk.Bench;

/// <summary>
/// End to end: <see cref="ReportService"/> reading N incidents of one month (and their status histories) from a
/// SQLite file, or from a throw-away PostgreSQL database, and computing the report. Not a BenchmarkDotNet run (seeding
/// 100 000 rows takes a while): a warm-up and <c>runs</c> timed runs per size; prints the median wall time and the median
/// CPU time of this process (all threads; the database server's own work on PostgreSQL is not in it), which a loaded
/// machine disturbs far less than the wall time.
/// Run: <c>dotnet run -c Release -- db-report [--postgres "Host=…;Username=…;Password=…"] [--runs 5] [sizes…]</c>.
/// </summary>
internal static class DatabaseReportMeasurement
{
    private static readonly TenantInfo Tenant = new(Guid.Parse("6f1b8a52-0000-4000-8000-000000000001"), "bench", "Gemeente Bench");

    public static async Task RunAsync(string[] args)
    {
        string? postgres = null;
        var runs = 5;
        var sizes = new List<int>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--postgres") postgres = args[++i];
            else if (args[i] == "--runs") runs = int.Parse(args[++i]);
            else sizes.Add(int.Parse(args[i]));
        }
        if (sizes.Count == 0) sizes = [25_000, 50_000, 100_000];
        var name = postgres is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"| incidents | median report time ({name}, end to end, {runs} runs) | min | median CPU time | seeding |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var file = Path.Combine(Path.GetTempPath(), $"servicedesk-bench-{size}-{Guid.NewGuid():N}.db");
            var database = $"servicedesk_bench_{Guid.NewGuid():N}"[..30];
            try
            {
                await using var provider = Services(postgres is null
                    ? new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }
                    : new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = $"{postgres};Database={database}" });
                var seeding = Stopwatch.StartNew();
                await SeedAsync(provider, size);
                seeding.Stop();
                var times = new List<double>();
                var cpu = new List<double>();
                for (var run = 0; run <= runs; run++)
                {
                    await using var scope = await provider.GetRequiredService<ITenantScopeFactory>().BeginAsync(Tenant.Id);
                    var reports = scope.ServiceProvider.GetRequiredService<ReportService>();
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    var report = await reports.BuildAsync(Tenant, 2026, 3, CancellationToken.None);
                    watch.Stop();
                    if (run > 0) cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    if (report.Total != size) throw new InvalidOperationException($"Report saw {report.Total} of {size} incidents.");
                    if (run > 0) times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                cpu.Sort();
                Console.WriteLine($"| {size:N0} | {times[times.Count / 2]:N0} ms | {times[0]:N0} ms | {cpu[cpu.Count / 2]:N0} ms | {seeding.Elapsed.TotalSeconds:N0} s |");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                if (postgres is not null)
                {
                    Npgsql.NpgsqlConnection.ClearAllPools();
                    await using var connection = new Npgsql.NpgsqlConnection(postgres + ";Database=postgres");
                    await connection.OpenAsync();
                    await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                }
            }
        }
    }

    private static ServiceProvider Services(DatabaseOptions database)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddTenancyCore();
        services.AddSingleton<ITenantStore>(new OneTenant());
        services.AddModuleDbContext<ServiceDeskDbContext, SqliteServiceDeskDbContext, PostgresServiceDeskDbContext>(database, ServiceDeskDbContext.SchemaName);
        services.AddSingleton<IChangeSignal>(new InProcessChangeSignal(new ChangeSignalOptions()));
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
