using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Credit notes never exceed the invoice; tenant admins see only their own issued invoices; the stored PDF reads right.</summary>
public abstract class CreditNoteAndAccessTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Credit_notes_together_never_exceed_the_invoice()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance, 20_000, new DateOnly(2026, 5, 1));
        var id = invoice.GetProperty("id").GetGuid();
        Assert.Equal(3333.33m, invoice.GetProperty("amount").GetDecimal());
        var url = $"/api/billing/invoices/{id}/credit-notes";

        var noReason = await finance.PostAsJsonAsync(url, new { amount = 10m, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var partial = await finance.PostAsJsonAsync(url, new { amount = 1000m, reason = "Inwonersaantal verbeterd." });
        await Api.EnsureAsync(partial, HttpStatusCode.Created);
        var note = await partial.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("CN-", note.GetProperty("number").GetString());
        Assert.Equal(invoice.GetProperty("number").GetString(), note.GetProperty("invoiceNumber").GetString());

        var tooMuch = await finance.PostAsJsonAsync(url, new { amount = 2333.34m, reason = "Te veel" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("Nog te crediteren: € 2.333,33", await tooMuch.Content.ReadAsStringAsync());

        // Parallel requests for the rest: exactly one gets it.
        var rest = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => finance.PostAsJsonAsync(url, new { reason = "Overeenkomst beëindigd." })));
        Assert.Single(rest, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(rest.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.True(r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict));

        var notes = await finance.GetFromJsonAsync<List<JsonElement>>(url);
        Assert.Equal(3333.33m, notes!.Sum(n => n.GetProperty("amount").GetDecimal()));
        var after = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}");
        Assert.Equal("credited", after.GetProperty("status").GetString());

        var pdf = PdfText.Extract(await finance.GetByteArrayAsync(note.GetProperty("pdfUrl").GetString()));
        Assert.Contains("Creditnota", pdf);
        Assert.Contains(note.GetProperty("number").GetString()!, pdf);
        Assert.Contains($"Creditering van factuur {invoice.GetProperty("number").GetString()}", pdf);
        Assert.Contains("€ 1.000,00", pdf);
    }

    [SkippableFact]
    public async Task A_draft_cannot_be_credited()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        await BillingSetup.RunAsync(finance);
        var id = (await BillingSetup.DraftOfAsync(finance, tenant)).GetProperty("id").GetGuid();
        var response = await finance.PostAsJsonAsync($"/api/billing/invoices/{id}/credit-notes", new { amount = 1m, reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [SkippableFact]
    public async Task A_tenant_admin_reads_only_its_own_issued_invoices()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (a, invoiceA) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (b, invoiceB) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);
        var idA = invoiceA.GetProperty("id").GetGuid();
        var idB = invoiceB.GetProperty("id").GetGuid();

        var list = await BillingSetup.InvoicesAsync(adminOfA);
        Assert.Equal([idA], list.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, (await adminOfA.GetAsync($"/api/billing/invoices/{idA}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminOfA.GetAsync($"/api/billing/tenants/{a.Slug}/invoices")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync($"/api/billing/invoices/{idB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync($"/api/billing/invoices/{idB}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync($"/api/billing/invoices/{idB}/credit-notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.GetAsync($"/api/billing/tenants/{b.Slug}/invoices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.GetAsync($"/api/billing/tenants/{a.Slug}/invoice-preview?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.PostAsync($"/api/billing/invoices/{idA}/issue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.PostAsJsonAsync($"/api/billing/invoices/{idA}/credit-notes", new { reason = "x" })).StatusCode);

        // Its own draft of another year is not visible either: only issued invoices are.
        await BillingSetup.SetInhabitantsAsync(Api, a.Slug, 2025, 20_000);
        await BillingSetup.RunAsync(finance, 2025);
        var draft = await BillingSetup.DraftOfAsync(finance, a, 2025);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync($"/api/billing/invoices/{draft.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Empty(await BillingSetup.InvoicesAsync(adminOfA, 2025));

        var reporterOfA = Api.WithKey((await Api.CreateUserAsync("Reporter", a.Slug)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporterOfA.GetAsync($"/api/billing/invoices/{idA}/pdf")).StatusCode);
    }

    [SkippableFact]
    public async Task The_issued_pdf_carries_number_communication_iban_amount_and_no_vat_mention()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance, 32_000, new DateOnly(2026, 5, 20));
        var response = await finance.GetAsync($"/api/billing/invoices/{invoice.GetProperty("id").GetGuid()}/pdf");
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 100 * 1024, $"{bytes.Length} bytes");

        var text = PdfText.Extract(bytes);
        Assert.Contains(invoice.GetProperty("number").GetString()!, text);
        Assert.Contains(invoice.GetProperty("structuredCommunication").GetString()!, text);
        Assert.Contains("BE86 3751 1175 0850", text);
        Assert.Contains("€ 4.666,67", text);  // 7 000 × 8 / 12
        Assert.Contains("artikel 6, eerste lid, van het btw-wetboek", text);
        Assert.Contains("Inwoners op 1 januari 2026: 32.000", text);
        Assert.Contains("× 8/12 maanden", text);
        var date = DateOnly.Parse(invoice.GetProperty("invoiceDate").GetString()!);
        Assert.Contains(date.ToString("dd/MM/yyyy"), text);
        Assert.Contains(date.AddDays(30).ToString("dd/MM/yyyy"), text);
        Assert.True(File.Exists(PdfText.RenderPng(bytes, "issued-invoice-" + App.Provider)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CreditNoteAndAccessOnSqlite(SqliteApp app) : CreditNoteAndAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CreditNoteAndAccessOnPostgres(PostgresApp app) : CreditNoteAndAccessTests(app);
