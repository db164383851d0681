using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>A statement with tens of thousands of entries is read, booked and read again on both databases, with EF's command
/// log switched on: the look-ups go in batches (SQLite allows 32 766 variables per statement) and no log line lists thousands
/// of parameters.</summary>
public abstract partial class LargeStatementTests(PlatformApp app) : DatabaseTest(app)
{
    private const int Entries = 30_000;

    /// <summary>One parameter in EF's command log: <c>@p0='?' (DbType = String)</c>.</summary>
    [GeneratedRegex(@"@\w+='")]
    private static partial Regex LoggedParameter();

    [SkippableFact]
    public async Task A_statement_of_30000_entries_is_booked_once_and_no_log_line_carries_thousands_of_parameters()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, b) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var log = new LogCapture();
        using var host = App.WithWebHostBuilder(w =>
        {
            w.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information");
            w.ConfigureTestServices(s => s.AddSingleton<Serilog.Core.ILogEventSink>(log));
        });
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = finance.DefaultRequestHeaders.Authorization;
        client.Timeout = TimeSpan.FromMinutes(5);

        var run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var file = LargeStatement(run, a.Str("structuredCommunication"), b.Str("structuredCommunication"));
        Assert.True(file.Length < 10 * 1024 * 1024, $"{file.Length} bytes: within the upload limit");

        var first = await UploadAsync(client, file);
        var import = first.GetProperty("import");
        Assert.Equal((Entries, 2, Entries / 2 - 2, Entries / 2), (import.GetProperty("entries").GetInt32(), import.GetProperty("matched").GetInt32(),
            import.GetProperty("toReview").GetInt32(), import.GetProperty("skipped").GetInt32()));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, a.Id())).Str("status"));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, b.Id())).Str("status"));

        // Again: all 30 000 references are looked up, all were imported, nothing is booked twice.
        var again = await UploadAsync(client, file);
        Assert.Equal((0, 0), (again.GetProperty("import").GetProperty("matched").GetInt32(), again.GetProperty("import").GetProperty("toReview").GetInt32()));
        Assert.Equal(Entries, again.GetProperty("skipped").EnumerateArray().Count(s => s.Str("reason") == "alreadyImported"));
        Assert.Single(await Statements.PaymentsAsync(finance, a.Id()));

        var commands = log.Events.Where(e => e.MessageTemplate.Text.Contains("DbCommand", StringComparison.Ordinal)).Select(e => e.RenderMessage()).ToList();
        Assert.True(commands.Count > 10, "EF's command log was on");
        var most = commands.Max(c => LoggedParameter().Count(c));
        Assert.True(most <= 1_000, $"a log line lists {most} parameters");
        Assert.DoesNotContain(log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, byte[] file)
    {
        var response = await client.PostAsync(Statements.Url, CamtBuilder.Form(file, "groot-uittreksel.xml"));
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Half debits (skipped), half credits with communications no invoice has (review), two of which pay a and b.</summary>
    private static byte[] LargeStatement(string run, string payA, string payB)
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>M-{run}</MsgId><CreDtTm>2026-11-21T06:00:00+01:00</CreDtTm></GrpHdr><Stmt><Id>BIG-{run}</Id><Acct><Id><IBAN>BE86375111750850</IBAN></Id></Acct>""");
        for (var i = 0; i < Entries; i++)
        {
            var credit = i % 2 == 0;
            var reference = i == 0 ? payA : i == 2 ? payB : CamtBuilder.UnknownOgm();
            var amount = i is 0 or 2 ? "5000.00" : (1 + i % 997).ToString(CultureInfo.InvariantCulture) + ".25";
            xml.Append(CultureInfo.InvariantCulture, $"<Ntry><Amt Ccy=\"EUR\">{amount}</Amt><CdtDbtInd>{(credit ? "CRDT" : "DBIT")}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>B-{run}-{i}</AcctSvcrRef>");
            xml.Append(credit ? $"<NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>" : "</Ntry>");
        }
        xml.Append("</Stmt></BkToCstmrStmt></Document>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LargeStatementOnSqlite(SqliteApp app) : LargeStatementTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LargeStatementOnPostgres(PostgresApp app) : LargeStatementTests(app);
