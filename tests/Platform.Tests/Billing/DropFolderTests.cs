using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text.Json;
using Billing.Payments;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Billing.BankStatements;

namespace Platform.Tests.Billing;

/// <summary>The bank (or finance) drops camt.053 files in <c>Billing:BankStatements:Path</c>; the job books them and files them
/// under <c>ingelezen/</c>, or under <c>geweigerd/</c> with a <c>.txt</c> saying why.</summary>
public abstract class DropFolderTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task A_dropped_statement_pays_the_invoice_and_a_malformed_one_is_refused_with_its_reason()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var id = invoice.GetProperty("id").GetGuid();
        var ogm = invoice.GetProperty("structuredCommunication").GetString()!;
        var amount = invoice.GetProperty("amount").GetDecimal();

        using (var drop = new DropFolder(App, settleSeconds: 0))
        {
            var folder = drop.Path;
            await File.WriteAllTextAsync(Path.Combine(folder, "a-uittreksel.xml"), new CamtBuilder().Credit(ogm, amount).Xml());
            await File.WriteAllTextAsync(Path.Combine(folder, "b-kapot.xml"), "<Document><BkToCstmrStmt>");
            await File.WriteAllTextAsync(Path.Combine(folder, "notities.txt"), "geen uittreksel");

            var report = await drop.RunAsync();

            Assert.Equal(new DropFolderReport(1, 1), report);
            var after = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}");
            Assert.Equal("paid", after.GetProperty("status").GetString());
            Assert.Equal(["notities.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
            var imported = Assert.Single(Directory.GetFiles(Path.Combine(folder, BankStatementDropFolder.ImportedFolder)));
            Assert.EndsWith("-a-uittreksel.xml", imported);
            var refused = Directory.GetFiles(Path.Combine(folder, BankStatementDropFolder.RefusedFolder)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(2, refused.Count);
            Assert.EndsWith("-b-kapot.xml", refused[0]);
            Assert.Equal(refused[0] + ".txt", refused[1]);
            var reason = await File.ReadAllTextAsync(refused[1]);
            Assert.Contains("geen geldig XML-bestand", reason);
            Assert.Contains("Er werd niets ingelezen", reason);

            // Nothing left to do: a second run neither books the payment twice nor touches the filed statements.
            Assert.Equal(new DropFolderReport(0, 0), await drop.RunAsync());
            after = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}");
            Assert.Equal("paid", after.GetProperty("status").GetString());
        }
    }

    [SkippableFact]
    public async Task The_same_statement_dropped_again_books_nothing_twice()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var id = invoice.GetProperty("id").GetGuid();
        var amount = invoice.GetProperty("amount").GetDecimal();
        // A partial payment, so a second booking of the same entry would show in the outstanding amount.
        var statement = new CamtBuilder().Credit(invoice.GetProperty("structuredCommunication").GetString()!, amount - 100m).Xml();
        using (var drop = new DropFolder(App, settleSeconds: 0))
        {
            var folder = drop.Path;
            await File.WriteAllTextAsync(Path.Combine(folder, "dag1.xml"), statement);
            Assert.Equal(new DropFolderReport(1, 0), await drop.RunAsync());
            await File.WriteAllTextAsync(Path.Combine(folder, "dag1-opnieuw.xml"), statement);
            Assert.Equal(new DropFolderReport(1, 0), await drop.RunAsync());

            Assert.Equal(2, Directory.GetFiles(Path.Combine(folder, BankStatementDropFolder.ImportedFolder)).Length);
            var after = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}");
            Assert.Equal("partiallyPaid", after.GetProperty("status").GetString());
        }
    }

    [SkippableFact]
    public async Task A_file_still_being_written_is_left_for_a_later_run()
    {
        using (var drop = new DropFolder(App, settleSeconds: 60))
        {
            var folder = drop.Path;
            var file = Path.Combine(folder, "bezig.xml");
            await File.WriteAllTextAsync(file, "<Document><BkToCstmrStmt>");

            Assert.Equal(new DropFolderReport(0, 0), await drop.RunAsync());
            Assert.True(File.Exists(file));

            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-2));
            Assert.Equal(new DropFolderReport(0, 1), await drop.RunAsync());
        }
    }

    [SkippableFact]
    public async Task A_file_a_stopped_node_had_claimed_is_read_again_after_half_an_hour()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        using (var drop = new DropFolder(App, settleSeconds: 0))
        {
            var folder = drop.Path;
            var claimed = Path.Combine(folder, "dag1.xml.bezig");
            await File.WriteAllTextAsync(claimed, new CamtBuilder().Credit(
                invoice.GetProperty("structuredCommunication").GetString()!, invoice.GetProperty("amount").GetDecimal()).Xml());

            File.SetLastWriteTimeUtc(claimed, DateTime.UtcNow.AddMinutes(-5));
            Assert.Equal(new DropFolderReport(0, 0), await drop.RunAsync()); // another node may still be at it
            File.SetLastWriteTimeUtc(claimed, DateTime.UtcNow.AddMinutes(-31));
            Assert.Equal(new DropFolderReport(1, 0), await drop.RunAsync());

            var after = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{invoice.GetProperty("id").GetGuid()}");
            Assert.Equal("paid", after.GetProperty("status").GetString());
        }
    }

    /// <summary>A fresh drop folder and the app configured to read it; both gone on dispose.</summary>
    internal sealed class DropFolder : IDisposable
    {
        private readonly WebApplicationFactory<Program> _app;

        public DropFolder(PlatformApp app, int settleSeconds)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "platform-tests", "drop-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            _app = app.WithWebHostBuilder(b => b.UseSetting("Billing:BankStatements:Path", Path)
                .UseSetting("Billing:BankStatements:SettleSeconds", settleSeconds.ToString(CultureInfo.InvariantCulture)));
        }

        public string Path { get; }

        public async Task<DropFolderReport> RunAsync()
        {
            await using var scope = _app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<BankStatementDropFolder>().RunAsync(CancellationToken.None);
        }

        public void Dispose()
        {
            _app.Dispose();
            Directory.Delete(Path, recursive: true);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DropFolderOnSqlite(SqliteApp app) : DropFolderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DropFolderOnPostgres(PostgresApp app) : DropFolderTests(app);
