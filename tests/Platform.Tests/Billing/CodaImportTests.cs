using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Billing.Payments;
using Platform.Tests.Infrastructure;
using Billing.BankStatements;
using Billing.Tests.BankStatements;

namespace Platform.Tests.Billing;

/// <summary>CODA beside camt.053: each generated CODA file is matched exactly like its camt.053 twin (same invoices paid,
/// same review reasons, same skips), is imported once, is refused whole when malformed, and is read from the upload page
/// and the drop folder.</summary>
public abstract class CodaImportTests(PlatformApp app) : DatabaseTest(app)
{
    /// <summary>The same statement as camt.053 and as CODA, for invoices a (paid in full) and b (paid in two parts).</summary>
    private static (CamtBuilder Camt, CodaWriter Coda) Twins(CodaWriter.Style style, string a, string b)
    {
        var camt = new CamtBuilder();
        var coda = new CodaWriter();
        var unknown = CamtBuilder.UnknownOgm();
        var badCheck = CamtBuilder.WithBadCheckDigits(a);
        if (style == CodaWriter.Style.Free)
        {
            // This bank gives every communication as free text, over records 2.1–2.3.
            camt.Credit(null, 5000.00m, freeText: $"Abonnement Mijn Burgerprofiel, betaling van de volledige factuur met mededeling {a}, dank u");
            coda.Credit(null, 5000.00m, freeText: $"Abonnement Mijn Burgerprofiel, betaling van de volledige factuur met mededeling {a}, dank u");
            camt.Credit(null, 2000.00m, freeText: "Eerste schijf " + b);
            coda.Credit(null, 2000.00m, freeText: "Eerste schijf " + b);
            camt.Credit(null, 100.00m, freeText: "Mededeling " + unknown);
            coda.Credit(null, 100.00m, freeText: "Mededeling " + unknown);
        }
        else
        {
            camt.Credit(a, 5000.00m);
            coda.Credit(a, 5000.00m, style: style);
            camt.Credit(CamtBuilder.Digits(b), 2000.00m);
            coda.Credit(b, 2000.00m, style: style);
            camt.Credit(unknown, 100.00m);
            coda.Credit(unknown, 100.00m, style: style);
            camt.Credit(badCheck, 50.00m);
            coda.Credit(badCheck, 50.00m, style: style);
        }
        camt.Credit(null, 10.00m, freeText: "Factuur app");
        coda.Credit(null, 10.00m, freeText: "Factuur app");
        camt.Debit(5.00m);
        coda.Debit(5.00m);
        camt.Reversal(a, 5000.00m);
        coda.Reversal(CodaWriter.Digits(a), 5000.00m);
        camt.Credit(null, 3000.00m, freeText: "Saldo factuur " + b);
        coda.Credit(null, 3000.00m, freeText: "Saldo factuur " + b);
        return (camt, coda);
    }

    [SkippableTheory]
    [InlineData(CodaWriter.Style.StructuredFull)]
    [InlineData(CodaWriter.Style.StructuredOnly)]
    [InlineData(CodaWriter.Style.Free)]
    public async Task A_coda_statement_is_matched_exactly_like_its_camt053_twin_and_imported_once(CodaWriter.Style style)
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        async Task<(JsonElement A, JsonElement B)> Invoices() =>
            ((await BillingSetup.IssuedInvoiceAsync(Api, finance)).Invoice, (await BillingSetup.IssuedInvoiceAsync(Api, finance)).Invoice);
        var (camtA, camtB) = await Invoices();
        var (codaA, codaB) = await Invoices();
        var camt = Twins(style, camtA.Str("structuredCommunication"), camtB.Str("structuredCommunication")).Camt;
        var coda = Twins(style, codaA.Str("structuredCommunication"), codaB.Str("structuredCommunication")).Coda;

        var fromCamt = await Statements.UploadAsync(finance, camt);
        var fromCoda = await UploadAsync(finance, coda.Bytes(), "uittreksel.cod");

        Assert.Equal(Summary(fromCamt, camtA, camtB), Summary(fromCoda, codaA, codaB));
        var import = fromCoda.GetProperty("import");
        Assert.Equal(style == CodaWriter.Style.Free ? (7, 3, 3, 1) : (8, 3, 4, 1), (import.GetProperty("entries").GetInt32(),
            import.GetProperty("matched").GetInt32(), import.GetProperty("toReview").GetInt32(), import.GetProperty("skipped").GetInt32()));
        Assert.Equal("uittreksel.cod", import.Str("fileName"));
        foreach (var (x, y) in new[] { (camtA, codaA), (camtB, codaB) })
        {
            var (viaCamt, viaCoda) = (await Statements.InvoiceAsync(finance, x.Id()), await Statements.InvoiceAsync(finance, y.Id()));
            Assert.Equal(("paid", 5000.00m), (viaCoda.Str("status"), viaCoda.Dec("paidAmount")));
            Assert.Equal((viaCamt.Str("status"), viaCamt.Dec("paidAmount"), viaCamt.Str("paidOn")), (viaCoda.Str("status"), viaCoda.Dec("paidAmount"), viaCoda.Str("paidOn")));
        }

        // The same CODA file again (also under another name): every movement was imported, nothing is booked twice.
        var again = await UploadAsync(finance, coda.Bytes(), "nogmaals.txt");
        Assert.Equal((0, 0), (again.GetProperty("import").GetProperty("matched").GetInt32(), again.GetProperty("import").GetProperty("toReview").GetInt32()));
        Assert.Equal(coda.References, again.GetProperty("skipped").EnumerateArray().Select(s => s.Str("bankReference")));
        Assert.All(again.GetProperty("skipped").EnumerateArray(), s => Assert.Equal("alreadyImported", s.Str("reason")));
        Assert.Single(await Statements.PaymentsAsync(finance, codaA.Id()));
    }

    /// <summary>What an import did, with the invoices named by role (a or b) so the twins compare.</summary>
    private static string Summary(JsonElement result, JsonElement a, JsonElement b)
    {
        string Role(string number) => number == a.Str("number") ? "a" : number == b.Str("number") ? "b" : "?";
        var matched = result.GetProperty("matched").EnumerateArray()
            .Select(m => $"{Role(m.Str("invoiceNumber"))} {m.Dec("amount")} {m.Str("outcome")} {m.Str("linkedBy")} {m.Dec("overpayment")}");
        var review = result.GetProperty("review").EnumerateArray().Select(r => $"{r.Str("reason")} {r.Dec("amount")}");
        var skipped = result.GetProperty("skipped").EnumerateArray().Select(s => s.Str("reason"));
        var import = result.GetProperty("import");
        return string.Join(" | ", [.. matched, .. review, .. skipped, $"{import.GetProperty("entries").GetInt32()} {import.Dec("matchedTotal")}"]);
    }

    [SkippableFact]
    public async Task A_malformed_coda_file_is_refused_whole_with_the_line_number_on_the_api_and_the_page()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var lines = new CodaWriter().Credit(invoice.Str("structuredCommunication"), 5000.00m).Debit(1m).Lines().ToList();
        lines[^1] = lines[^1][..16] + "000099" + lines[^1][22..]; // the trailer counts records that are not there
        var broken = System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", lines));

        var response = await finance.PostAsync(Statements.Url, CamtBuilder.Form(broken, "kapot.cod"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith($"Regel {lines.Count}: het afsluitrecord telt 99 records", problem.Str("detail"));
        Assert.EndsWith("er werd niets ingelezen.", problem.Str("detail"));

        // The same file on the payments page: the Dutch message next to the file field.
        var page = await Api.SignInAsync((await Api.CreateUserAsync("Finance", password: "Wachtwoord-voor-coda-1")).Email, "Wachtwoord-voor-coda-1");
        var token = await Api.FormTokenAsync(page, "/facturen/betalingen");
        var file = new ByteArrayContent(broken);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "statement", "kapot.cod" }, { new StringContent(token), "__RequestVerificationToken" } };
        var html = await (await page.PostAsync("/facturen/betalingen?handler=Upload", form)).Content.ReadAsStringAsync();
        Assert.Contains($"Regel {lines.Count}: het afsluitrecord telt 99 records", html);
        Assert.Contains("id=\"statement-error\"", html);

        var after = await Statements.InvoiceAsync(finance, invoice.Id());
        Assert.Equal(("issued", 0m), (after.Str("status"), after.Dec("paidAmount")));
        Assert.Empty(await Statements.PaymentsAsync(finance, invoice.Id()));
        var imports = await finance.GetFromJsonAsync<List<JsonElement>>(Statements.Url);
        Assert.DoesNotContain(imports!, i => i.Str("fileName") == "kapot.cod");
    }

    [SkippableFact]
    public async Task The_drop_folder_reads_coda_files_beside_camt053_and_refuses_a_broken_one()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, b) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        using var drop = new DropFolderTests.DropFolder(App, settleSeconds: 0);
        await File.WriteAllBytesAsync(Path.Combine(drop.Path, "a-bank.COD"), new CodaWriter().Credit(a.Str("structuredCommunication"), 5000.00m).Bytes());
        await File.WriteAllTextAsync(Path.Combine(drop.Path, "b-bank.xml"), new CamtBuilder().Credit(b.Str("structuredCommunication"), 5000.00m).Xml());
        var broken = new CodaWriter().Credit(b.Str("structuredCommunication"), 1m).Lines().ToList();
        broken[2] = broken[2][..127]; // one character short
        await File.WriteAllTextAsync(Path.Combine(drop.Path, "c-kapot.coda"), string.Join("\r\n", broken));

        Assert.Equal(new DropFolderReport(2, 1), await drop.RunAsync());

        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, a.Id())).Str("status"));
        Assert.Equal(("paid", 5000.00m), ((await Statements.InvoiceAsync(finance, b.Id())).Str("status"), (await Statements.InvoiceAsync(finance, b.Id())).Dec("paidAmount")));
        var reason = Directory.GetFiles(Path.Combine(drop.Path, BankStatementDropFolder.RefusedFolder), "*.txt").Single();
        Assert.Contains("Regel 3: een CODA-record heeft 128 tekens", await File.ReadAllTextAsync(reason));
    }

    private static async Task<JsonElement> UploadAsync(HttpClient finance, byte[] content, string name)
    {
        var response = await finance.PostAsync(Statements.Url, CamtBuilder.Form(content, name));
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CodaImportOnSqlite(SqliteApp app) : CodaImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CodaImportOnPostgres(PostgresApp app) : CodaImportTests(app);
