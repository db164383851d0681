using System.Diagnostics;
using Billing;
using Billing.Issuing;
using Billing.Persistence;
using Billing.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Changes;
using Platform.Kernel.Net;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Tenants;
using Tenants.Directory;
using Tenants.Persistence;

// End to end without HTTP: an invoice run for a year over N tenants, then issuing every draft one by one
// (number, PDF rendered and stored in the database), exactly as the API and the pages do it.
// Usage: dotnet run -c Release --project bench/Billing -- <tenants> [sqlite|postgres]
//        (postgres reads BILLING_BENCH_POSTGRES, a server connection string; a throw-away database is created).
var tenants = args.Length > 0 ? int.Parse(args[0]) : 300;
var provider = args.Length > 1 && args[1] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var database = new DatabaseOptions { Provider = provider };
var cleanup = new List<Action>();
if (provider == DatabaseProvider.Sqlite)
{
    var file = Path.Combine(Path.GetTempPath(), $"billing-bench-{Guid.NewGuid():N}.db");
    database.ConnectionString = $"Data Source={file};Default Timeout=30;Pooling=true";
    cleanup.Add(() => { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f); });
}
else
{
    database.ConnectionString = BenchDatabase.CreatePostgres(cleanup);
}

var services = new ServiceCollection();
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton(TimeProvider.System);
services.AddSingleton(database);
services.AddTenancyCore();
var configuration = new ConfigurationBuilder().Build();
services.AddSingleton<IConfiguration>(configuration);
services.AddChangeSignal(database);
services.AddPublicLinks();
services.AddTenants(configuration, database);
services.AddBilling(configuration, database);
await using var provider2 = services.BuildServiceProvider();

await BenchDatabase.MigrateAsync(provider2, database);
await BenchDatabase.SeedTenantsAsync(provider2, tenants);
var year = DateTime.UtcNow.Year;

GC.Collect();
var process = Process.GetCurrentProcess();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var total = Stopwatch.StartNew();

var run = Stopwatch.StartNew();
InvoiceRunReport report;
await using (var scope = provider2.CreateAsyncScope())
    report = await scope.ServiceProvider.GetRequiredService<InvoiceRunner>().RunAsync(year, RunTrigger.Manual, null, default);
run.Stop();

var issue = Stopwatch.StartNew();
List<Guid> drafts;
await using (var scope = provider2.CreateAsyncScope())
    drafts = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Invoices.IgnoreQueryFilters()
        .Where(i => i.Year == year && i.Status == Billing.Invoices.InvoiceStatus.Draft).Select(i => i.Id).ToListAsync();
// As the bulk endpoint does it, in requests of 100 drafts (a scope each).
var issued = 0;
long maxManagedHeap = 0;
foreach (var chunk in drafts.Chunk(100))
{
    await using var scope = provider2.CreateAsyncScope();
    var results = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueManyAsync(chunk, null, default);
    issued += results.Count(r => r.Outcome == IssueOutcome.Done);
    maxManagedHeap = Math.Max(maxManagedHeap, GC.GetTotalMemory(false));
}
issue.Stop();
total.Stop();

// Reconciliation: one camt.053 statement with a credit per issued invoice (exact amount, structured reference), imported
// through the module's importer in one transaction, as the upload page and the drop folder do it.
List<(string Ogm, decimal Amount)> open;
await using (var scope = provider2.CreateAsyncScope())
    open = (await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Invoices.IgnoreQueryFilters()
        .Where(i => i.Status == Billing.Invoices.InvoiceStatus.Issued).Select(i => new { i.Communication, i.Amount }).ToListAsync())
        .Select(i => (i.Communication!, i.Amount)).ToList();
var camt = BenchStatement.Camt053(open);
var reconcile = Stopwatch.StartNew();
Billing.Payments.ImportedStatement imported;
await using (var scope = provider2.CreateAsyncScope())
await using (var stream = new MemoryStream(camt))
    imported = await scope.ServiceProvider.GetRequiredService<Billing.Payments.BankStatementImporter>().ImportAsync("bench.xml", stream, null, default);
reconcile.Stop();

long pdfBytes, pdfMax;
int pdfCount;
await using (var scope = provider2.CreateAsyncScope())
{
    var sizes = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Pdfs.IgnoreQueryFilters().Select(p => p.Content.Length).ToListAsync();
    (pdfCount, pdfBytes, pdfMax) = (sizes.Count, sizes.Sum(s => (long)s), sizes.Count == 0 ? 0 : sizes.Max());
}
process.Refresh();
Console.WriteLine($"provider={provider} tenants={tenants} prepared={report.Prepared} issued={issued}");
Console.WriteLine($"run_s={run.Elapsed.TotalSeconds:F2} issue_s={issue.Elapsed.TotalSeconds:F2} total_s={total.Elapsed.TotalSeconds:F2} " +
    $"ms_per_invoice={total.Elapsed.TotalMilliseconds / Math.Max(1, issued):F1}");
Console.WriteLine($"peak_working_set_mb={process.PeakWorkingSet64 / 1048576.0:F0} max_managed_heap_mb={maxManagedHeap / 1048576.0:F0} " +
    $"allocated_mb={(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1048576.0:F0}");
Console.WriteLine($"reconcile_entries={open.Count} matched={imported.Payments.Count} review={imported.Review.Count} " +
    $"reconcile_s={reconcile.Elapsed.TotalSeconds:F2} statement_kb={camt.Length / 1024.0:F0}");
Console.WriteLine($"pdf_avg_kb={pdfBytes / 1024.0 / Math.Max(1, pdfCount):F1} pdf_max_kb={pdfMax / 1024.0:F1}");
await provider2.DisposeAsync();
foreach (var c in cleanup) c();

internal static class BenchDatabase
{
    public static string CreatePostgres(List<Action> cleanup)
    {
        var server = Environment.GetEnvironmentVariable("BILLING_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set BILLING_BENCH_POSTGRES to a PostgreSQL server connection string.");
        var name = "billing_bench_" + Guid.NewGuid().ToString("N")[..10];
        Exec(server, $"CREATE DATABASE \"{name}\"");
        cleanup.Add(() => { Npgsql.NpgsqlConnection.ClearAllPools(); Exec(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"); });
        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    private static void Exec(string connectionString, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static async Task MigrateAsync(IServiceProvider services, DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteScalarAsync();
        }
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantsDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Database.MigrateAsync();
    }

    /// <summary>N live tenants spread over the four tiers, with inhabitants for this year.</summary>
    public static async Task SeedTenantsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var year = DateTime.UtcNow.Year;
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            var body = 1_000_000 + i;
            db.Tenants.Add(new Tenant
            {
                Id = id, Slug = $"bench-{i:D5}", Name = $"Gemeente Bench {i:D5}", Kbo = $"{body:D8}{97 - body % 97:D2}",
                Address = new PostalAddress("Markt 1", "9000", "Gent"), CreatedAt = DateTimeOffset.UtcNow,
                AppStoreDate = new DateOnly(year - 1 - i % 3, 1 + i % 12, 1), PlayStoreDate = new DateOnly(year - 1 - i % 3, 1 + i % 12, 5),
                Inhabitants = [new InhabitantCount { TenantId = id, Year = year, Count = 2_000 + i * 97 % 120_000 }],
            });
        }
        await db.SaveChangesAsync();
    }
}

internal static class BenchStatement
{
    public static byte[] Camt053(IReadOnlyList<(string Ogm, decimal Amount)> credits)
    {
        var ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
        var sb = new System.Text.StringBuilder();
        sb.Append($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"{ns}\"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-11-23T08:00:00</CreDtTm></GrpHdr>");
        sb.Append("<Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>BE86375111750850</IBAN></Id></Acct>");
        for (var i = 0; i < credits.Count; i++)
        {
            var (ogm, amount) = credits[i];
            var value = amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            sb.Append($"<Ntry><NtryRef>B{i:D6}</NtryRef><Amt Ccy=\"EUR\">{value}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>");
            sb.Append("<BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt><AcctSvcrRef>BANK-" + i.ToString("D6") + "</AcctSvcrRef><BkTxCd/>");
            sb.Append($"<NtryDtls><TxDtls><Refs><EndToEndId>E2E{i:D6}</EndToEndId></Refs><Amt Ccy=\"EUR\">{value}</Amt><RltdPties><Dbtr><Pty><Nm>Gemeente {i}</Nm></Pty></Dbtr></RltdPties>");
            sb.Append($"<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>{ogm}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>");
        }
        sb.Append("</Stmt></BkToCstmrStmt></Document>");
        return System.Text.Encoding.UTF8.GetBytes(sb.ToString());
    }
}
