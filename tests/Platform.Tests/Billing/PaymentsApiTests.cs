using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Bank statements over HTTP: exact matches pay, partial payments accumulate, the rest is reviewed by finance;
/// an entry is imported once and a malformed file writes nothing. Ageing follows the clock.</summary>
public abstract class PaymentsApiTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Review = "/api/billing/payment-review";

    [SkippableFact]
    public async Task A_statement_pays_exact_matches_reviews_the_rest_and_is_imported_once()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (tenantA, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, b) = await BillingSetup.IssuedInvoiceAsync(Api, finance, 32_000, new DateOnly(2026, 5, 1));
        Assert.Equal(("issued", 5000.00m, 4666.67m), (a.Str("status"), a.Dec("amount"), b.Dec("amount")));
        var unknown = CamtBuilder.UnknownOgm();
        var statement = new CamtBuilder()
            .Credit(a.Str("structuredCommunication"), 5000.00m)
            .Credit(CamtBuilder.Digits(b.Str("structuredCommunication")), 4666.67m)
            .Credit(unknown, 100.00m)
            .Credit(CamtBuilder.WithBadCheckDigits(a.Str("structuredCommunication")), 50.00m)
            .Credit(null, 10.00m, freeText: "Factuur app")
            .Debit(5.00m);

        var result = await Statements.UploadAsync(finance, statement);

        var import = result.GetProperty("import");
        Assert.Equal((6, 2, 3, 1, 9666.67m), (import.GetProperty("entries").GetInt32(), import.GetProperty("matched").GetInt32(),
            import.GetProperty("toReview").GetInt32(), import.GetProperty("skipped").GetInt32(), import.Dec("matchedTotal")));
        Assert.Equal(statement.StatementId, import.Str("statementIds"));
        var matched = result.GetProperty("matched").EnumerateArray().ToList();
        Assert.Equal([(a.Str("number"), 5000.00m), (b.Str("number"), 4666.67m)],
            matched.Select(m => (m.Str("invoiceNumber"), m.Dec("amount"))).OrderBy(m => m.Item2 < 5000m).ToList());
        Assert.All(matched, m => Assert.Equal(("paid", 0m, "structuredReference"), (m.Str("outcome"), m.Dec("overpayment"), m.Str("linkedBy"))));
        var review = result.GetProperty("review").EnumerateArray().ToList();
        Assert.Equal(["unknownCommunication", "invalidCheckDigits", "noReference"], review.Select(r => r.Str("reason")));
        Assert.Equal([100.00m, 50.00m, 10.00m], review.Select(r => r.Dec("amount")));
        Assert.All(review, r => Assert.Equal("open", r.Str("state")));
        Assert.Contains("ongeldige controlecijfers", review[1].Str("explanation"));
        Assert.Equal([(statement.References[5], "debit")], result.GetProperty("skipped").EnumerateArray().Select(s => (s.Str("bankReference"), s.Str("reason"))));

        foreach (var invoice in new[] { a, b })
        {
            var now = await Statements.InvoiceAsync(finance, invoice.Id());
            Assert.Equal(("paid", invoice.Dec("amount"), 0m, 0m), (now.Str("status"), now.Dec("paidAmount"), now.Dec("outstanding"), now.Dec("overpaid")));
            Assert.Equal("2026-11-20", now.Str("paidOn"));
            var payment = Assert.Single(await Statements.PaymentsAsync(finance, invoice.Id()));
            Assert.Equal(("bankStatement", "structuredReference", "2026-11-20"), (payment.Str("source"), payment.Str("linkedBy"), payment.Str("receivedOn")));
        }
        var open = await finance.GetFromJsonAsync<List<JsonElement>>(Review);
        Assert.Equal(review.Select(r => r.Id()).ToHashSet(), open!.Where(r => r.GetProperty("importId").GetGuid() == import.Id()).Select(r => r.Id()).ToHashSet());
        var imports = await finance.GetFromJsonAsync<List<JsonElement>>(Statements.Url);
        Assert.Contains(imports!, i => i.Id() == import.Id() && i.Str("fileName") == "uittreksel.xml");

        // The tenant admin reads its own invoice's payments, not another tenant's.
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenantA.Slug)).Key);
        Assert.Single(await Statements.PaymentsAsync(adminOfA, a.Id()));
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync($"/api/billing/invoices/{b.Id()}/payments")).StatusCode);

        // The same file again: every entry was imported already, nothing is booked twice.
        var again = await Statements.UploadAsync(finance, statement);
        Assert.Empty(again.GetProperty("matched").EnumerateArray());
        Assert.Empty(again.GetProperty("review").EnumerateArray());
        Assert.Equal(statement.References, again.GetProperty("skipped").EnumerateArray().Where(s => s.Str("reason") == "alreadyImported").Select(s => s.Str("bankReference")));
        Assert.Single(await Statements.PaymentsAsync(finance, a.Id()));
        Assert.Equal(5000.00m, (await Statements.InvoiceAsync(finance, a.Id())).Dec("paidAmount"));
        Assert.Equal(3, (await finance.GetFromJsonAsync<List<JsonElement>>(Review))!.Count(r => r.GetProperty("importId").GetGuid() == import.Id()));
    }

    [SkippableFact]
    public async Task Partial_payments_accumulate_to_paid_and_an_overpayment_is_flagged()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, b) = await BillingSetup.IssuedInvoiceAsync(Api, finance);

        var first = await Statements.UploadAsync(finance, new CamtBuilder().Credit(a.Str("structuredCommunication"), 2000.00m));
        Assert.Equal("partiallyPaid", first.GetProperty("matched")[0].Str("outcome"));
        var partly = await Statements.InvoiceAsync(finance, a.Id());
        Assert.Equal(("partiallyPaid", "Deels betaald", 2000.00m, 3000.00m), (partly.Str("status"), partly.Str("statusText"), partly.Dec("paidAmount"), partly.Dec("outstanding")));
        Assert.Equal(JsonValueKind.Null, partly.GetProperty("paidOn").ValueKind);
        Assert.Single(await BillingSetup.InvoicesAsync(finance, status: "partiallyPaid"), i => i.Id() == a.Id());

        // The rest, with the communication only in the free text.
        var second = await Statements.UploadAsync(finance, new CamtBuilder().Credit(null, 3000.00m, freeText: "Saldo factuur " + a.Str("structuredCommunication")));
        Assert.Equal(("paid", "freeText"), (second.GetProperty("matched")[0].Str("outcome"), second.GetProperty("matched")[0].Str("linkedBy")));
        var paid = await Statements.InvoiceAsync(finance, a.Id());
        Assert.Equal(("paid", 5000.00m, 0m), (paid.Str("status"), paid.Dec("paidAmount"), paid.Dec("outstanding")));
        Assert.Equal(2, (await Statements.PaymentsAsync(finance, a.Id())).Count);

        // Two payments in one file: the second pays 500 too much, and says so.
        var both = await Statements.UploadAsync(finance, new CamtBuilder()
            .Credit(b.Str("structuredCommunication"), 4000.00m).Credit(b.Str("structuredCommunication"), 1500.00m));
        Assert.Equal([("partiallyPaid", 0m), ("overpaid", 500.00m)],
            both.GetProperty("matched").EnumerateArray().Select(m => (m.Str("outcome"), m.Dec("overpayment"))));
        var over = await Statements.InvoiceAsync(finance, b.Id());
        Assert.Equal(("paid", 5500.00m, 0m, 500.00m), (over.Str("status"), over.Dec("paidAmount"), over.Dec("outstanding"), over.Dec("overpaid")));
        Assert.Equal([0m, 500.00m], (await Statements.PaymentsAsync(finance, b.Id())).Select(p => p.Dec("overpayment")).Order());
        // Finance finds it on the payments page, to refund or settle.
        var page = await finance.GetStringAsync("/facturen/betalingen");
        var section = page[page.IndexOf("Te veel ontvangen", StringComparison.Ordinal)..];
        Assert.Contains($">{b.Str("number")}</a>", section);
        Assert.Contains("5.500,00</td>", section);
        Assert.Contains(" 500,00</td>", section);

        // A paid invoice is no longer open: a later payment with its communication is for finance to look at.
        var late = await Statements.UploadAsync(finance, new CamtBuilder().Credit(a.Str("structuredCommunication"), 10.00m));
        Assert.Equal("unknownCommunication", Assert.Single(late.GetProperty("review").EnumerateArray()).Str("reason"));
    }

    [SkippableFact]
    public async Task A_malformed_or_missing_file_is_refused_whole_with_a_dutch_message()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var importsBefore = (await finance.GetFromJsonAsync<List<JsonElement>>(Statements.Url))!.Count;
        var good = new CamtBuilder().Credit(a.Str("structuredCommunication"), 5000.00m);

        var truncated = good.Xml()[..^40];
        var badAmount = new CamtBuilder().Credit(a.Str("structuredCommunication"), 5000.00m).Credit(null, 1m).Xml()
            .Replace(">1.00<", ">1,00<", StringComparison.Ordinal);
        var notCamt = "<?xml version=\"1.0\"?><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>";
        foreach (var (xml, expected) in new[]
                 {
                     (truncated, "geen geldig XML-bestand"), (badAmount, "'1,00' is geen geldig bedrag"), (notCamt, "geen camt.053-rekeninguittreksel"),
                 })
        {
            var response = await finance.PostAsync(Statements.Url, CamtBuilder.Form(Encoding.UTF8.GetBytes(xml)));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Rekeninguittreksel geweigerd", problem.Str("title"));
            Assert.Contains(expected, problem.Str("detail"));
            Assert.Contains("er werd niets ingelezen", problem.Str("detail"), StringComparison.OrdinalIgnoreCase);
        }

        var empty = await finance.PostAsync(Statements.Url, CamtBuilder.Form([]));
        await AssertFileError(empty, "Kies een rekeninguittreksel");
        var wrongField = await finance.PostAsync(Statements.Url, new MultipartFormDataContent { { new StringContent(good.Xml()), "bestand", "x.xml" } });
        await AssertFileError(wrongField, "Kies een rekeninguittreksel");
        // Not a form at all: the endpoint only accepts multipart/form-data.
        var notAForm = await finance.PostAsJsonAsync(Statements.Url, new { file = good.Xml() });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notAForm.StatusCode);
        var notAFormProblem = await notAForm.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Formaat niet aanvaard", notAFormProblem.GetProperty("title").GetString());
        Assert.Contains("aanvaardt geen 'application/json", notAFormProblem.GetProperty("detail").GetString());
        var tooLarge = await finance.PostAsync(Statements.Url, CamtBuilder.Form(new byte[10 * 1024 * 1024 + 1]));
        await AssertFileError(tooLarge, "te groot (maximaal 10 MB)");

        // Nothing was written: no import, the invoice still open; the good file then still pays it.
        Assert.Equal(importsBefore, (await finance.GetFromJsonAsync<List<JsonElement>>(Statements.Url))!.Count);
        Assert.Equal(("issued", 0m), ((await Statements.InvoiceAsync(finance, a.Id())).Str("status"), (await Statements.InvoiceAsync(finance, a.Id())).Dec("paidAmount")));
        var result = await Statements.UploadAsync(finance, good);
        Assert.Equal("paid", Assert.Single(result.GetProperty("matched").EnumerateArray()).Str("outcome"));
    }

    private static async Task AssertFileError(HttpResponseMessage response, string expected)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [SkippableFact]
    public async Task A_reversal_matched_by_finance_opens_the_paid_invoice_again()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var ogm = invoice.Str("structuredCommunication");
        await Statements.UploadAsync(finance, new CamtBuilder().Credit(ogm, 5000.00m));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, invoice.Id())).Str("status"));

        // The payer's bank recalls the transfer: never booked automatically, it waits for finance.
        var result = await Statements.UploadAsync(finance, new CamtBuilder().Reversal(ogm, 5000.00m).Reversal(ogm, 9000.00m));
        var reversals = result.GetProperty("review").EnumerateArray().ToList();
        Assert.Equal(["reversal", "reversal"], reversals.Select(r => r.Str("reason")));
        Assert.All(reversals, r => Assert.True(r.GetProperty("canBeMatched").GetBoolean()));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, invoice.Id())).Str("status"));

        // More than the invoice received cannot be taken back from it.
        var tooMuch = await finance.PostAsJsonAsync($"{Review}/{reversals[1].Id()}/match", new { invoice = invoice.Str("number") });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("werd € 5.000,00 ontvangen; een terugboeking van € 9.000,00 kan daar niet op",
            (await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("invoice")[0].GetString());

        var reversed = await finance.PostAsJsonAsync($"{Review}/{reversals[0].Id()}/match", new { invoice = invoice.Str("number"), note = "R-transactie van de bank" });
        await Api.EnsureAsync(reversed, HttpStatusCode.OK);
        Assert.Equal("reversed", (await reversed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment").Str("outcome"));
        var after = await Statements.InvoiceAsync(finance, invoice.Id());
        Assert.Equal(("issued", 0.00m, 5000.00m), (after.Str("status"), after.Dec("paidAmount"), after.Dec("outstanding")));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("paidOn").ValueKind);
        Assert.Equal([5000.00m, -5000.00m], (await Statements.PaymentsAsync(finance, invoice.Id())).Select(p => p.Dec("amount")));
    }

    [SkippableFact]
    public async Task Finance_matches_an_entry_by_hand_or_dismisses_it_with_a_reason()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, b) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var result = await Statements.UploadAsync(finance, new CamtBuilder()
            .Credit(null, 5000.00m, freeText: "Jaarfactuur app")
            .Credit(CamtBuilder.UnknownOgm(), 1200.00m)
            .Credit(null, 25.00m, freeText: "Onbekend"));
        var entries = result.GetProperty("review").EnumerateArray().Select(r => r.Id()).ToList();
        Assert.Equal(3, entries.Count);

        var unknownInvoice = await finance.PostAsJsonAsync($"{Review}/{entries[0]}/match", new { invoice = "2026-999999" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownInvoice.StatusCode);
        Assert.Contains("Geen uitgegeven factuur met nummer of mededeling '2026-999999'",
            (await unknownInvoice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("invoice")[0].GetString());

        var byNumber = await finance.PostAsJsonAsync($"{Review}/{entries[0]}/match", new { invoice = a.Str("number"), note = "Zonder mededeling betaald" });
        await Api.EnsureAsync(byNumber, HttpStatusCode.OK);
        var matched = await byNumber.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("matched", "Zonder mededeling betaald", a.Id()),
            (matched.GetProperty("entry").Str("state"), matched.GetProperty("entry").Str("resolutionNote"), matched.GetProperty("entry").GetProperty("invoiceId").GetGuid()));
        Assert.Equal(("paid", "byHand"), (matched.GetProperty("payment").Str("outcome"), matched.GetProperty("payment").Str("linkedBy")));
        Assert.Equal("paid", (await Statements.InvoiceAsync(finance, a.Id())).Str("status"));
        Assert.Equal("byHand", Assert.Single(await Statements.PaymentsAsync(finance, a.Id())).Str("linkedBy"));
        var twice = await finance.PostAsJsonAsync($"{Review}/{entries[0]}/match", new { invoice = b.Str("number") });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("al aan een factuur gekoppeld", await twice.Content.ReadAsStringAsync());

        // By structured communication, in the usual notation: a partial payment.
        var byOgm = await finance.PostAsJsonAsync($"{Review}/{entries[1]}/match", new { invoice = b.Str("structuredCommunication") });
        await Api.EnsureAsync(byOgm, HttpStatusCode.OK);
        Assert.Equal(("partiallyPaid", 3800.00m), ((await Statements.InvoiceAsync(finance, b.Id())).Str("status"), (await Statements.InvoiceAsync(finance, b.Id())).Dec("outstanding")));

        foreach (var reason in new string?[] { null, "   ", "ok" })
        {
            var refused = await finance.PostAsJsonAsync($"{Review}/{entries[2]}/dismiss", new { reason });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.StartsWith("Geef een reden op (minstens 5 tekens)",
                (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        }
        var dismissed = await finance.PostAsJsonAsync($"{Review}/{entries[2]}/dismiss", new { reason = "  Terugbetaald aan de opdrachtgever " });
        await Api.EnsureAsync(dismissed, HttpStatusCode.OK);
        var entry = await dismissed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("dismissed", "Terugbetaald aan de opdrachtgever"), (entry.Str("state"), entry.Str("resolutionNote")));
        Assert.Equal(HttpStatusCode.Conflict, (await finance.PostAsJsonAsync($"{Review}/{entries[2]}/dismiss", new { reason = "Nog eens afwijzen" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.PostAsJsonAsync($"{Review}/{Guid.NewGuid()}/dismiss", new { reason = "Bestaat niet" })).StatusCode);

        var open = (await finance.GetFromJsonAsync<List<JsonElement>>(Review))!.Select(r => r.Id()).ToHashSet();
        Assert.DoesNotContain(entries[0], open);
        Assert.DoesNotContain(entries[1], open);
        Assert.DoesNotContain(entries[2], open);
        Assert.Contains(entries[0], (await finance.GetFromJsonAsync<List<JsonElement>>($"{Review}?state=matched"))!.Select(r => r.Id()));
        Assert.Contains(entries[2], (await finance.GetFromJsonAsync<List<JsonElement>>($"{Review}?state=dismissed"))!.Select(r => r.Id()));
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.GetAsync($"{Review}?state=gesloten")).StatusCode);
    }

    [SkippableFact]
    public async Task Ageing_puts_open_amounts_in_buckets_as_the_clock_moves()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, a) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, b) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (_, c) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        await Statements.UploadAsync(finance, new CamtBuilder().Credit(b.Str("structuredCommunication"), 1000.00m).Credit(c.Str("structuredCommunication"), 5000.00m));
        var due = DateOnly.Parse(a.Str("dueDate"));
        Assert.Equal(due, DateOnly.Parse(b.Str("dueDate")));

        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.Zero));
        var clocked = App.WithWebHostBuilder(w => w.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = finance.DefaultRequestHeaders.Authorization;

        // Before anything was due, the reminder job has nothing to do.
        var reminders = await client.PostAsync("/api/billing/reminders/run", null);
        await Api.EnsureAsync(reminders, HttpStatusCode.OK);
        var sent = await reminders.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 0), (sent.GetProperty("sent").GetInt32(), sent.GetProperty("withoutRecipient").GetInt32()));

        foreach (var (days, bucket, status) in new[]
                 {
                     (0, "notDue", "issued"), (1, "days0To30", "overdue"), (30, "days0To30", "overdue"), (31, "days31To60", "overdue"),
                     (60, "days31To60", "overdue"), (61, "days61To90", "overdue"), (90, "days61To90", "overdue"), (91, "over90", "overdue"),
                     (400, "over90", "overdue"),
                 })
        {
            // 23:30 UTC is already the next day in Brussels: the report must use the Brussels date.
            clock.SetUtcNow(new DateTimeOffset(due.AddDays(days - 1).ToDateTime(new TimeOnly(23, 30)), TimeSpan.Zero));
            var report = await client.GetFromJsonAsync<JsonElement>("/api/billing/ageing");
            Assert.Equal(due.AddDays(days).ToString("yyyy-MM-dd"), report.Str("today"));
            var invoices = report.GetProperty("invoices").EnumerateArray().ToList();
            var mine = invoices.Where(i => i.Id() == a.Id() || i.Id() == b.Id()).OrderBy(i => i.Dec("outstanding")).ToList();
            Assert.Equal([(4000.00m, bucket, days), (5000.00m, bucket, days)], mine.Select(i => (i.Dec("outstanding"), i.Str("bucket"), i.GetProperty("daysOverdue").GetInt32())));
            Assert.Equal(status, mine[1].Str("status"));
            Assert.Equal(days == 0 ? "partiallyPaid" : "overdue", mine[0].Str("status"));
            Assert.DoesNotContain(invoices, i => i.Id() == c.Id());

            // The lines are the invoices listed, bucket by bucket, always all five in order.
            var lines = report.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal(["notDue", "days0To30", "days31To60", "days61To90", "over90"], lines.Select(l => l.Str("bucket")));
            Assert.Equal(["Nog niet vervallen", "0–30 dagen", "31–60 dagen", "61–90 dagen", "Meer dan 90 dagen"], lines.Select(l => l.Str("label")));
            foreach (var line in lines)
            {
                var inBucket = invoices.Where(i => i.Str("bucket") == line.Str("bucket")).ToList();
                Assert.Equal(inBucket.Count, line.GetProperty("count").GetInt32());
                Assert.Equal(inBucket.Sum(i => i.Dec("outstanding")), line.Dec("total"));
            }
            Assert.True(lines.Single(l => l.Str("bucket") == bucket).Dec("total") >= 9000.00m);
            Assert.Equal(invoices.Sum(i => i.Dec("outstanding")), report.Dec("total"));
            Assert.Equal(report.Dec("total") - lines[0].Dec("total"), report.Dec("overdueTotal"));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PaymentsApiOnSqlite(SqliteApp app) : PaymentsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PaymentsApiOnPostgres(PostgresApp app) : PaymentsApiTests(app);
