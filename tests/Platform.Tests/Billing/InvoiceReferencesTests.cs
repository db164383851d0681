using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Finance fills in the customer's reference (BT-10) and purchase-order number (BT-13) on a draft; both are on the
/// PDF (read with pdftotext) and in the UBL, with the billing contact and the BIC; an issued invoice keeps them.</summary>
public abstract class InvoiceReferencesTests(PlatformApp app) : DatabaseTest(app)
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    [SkippableFact]
    public async Task Both_references_the_billing_contact_and_the_bic_are_on_the_pdf_and_the_references_in_the_ubl()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        await BillingSetup.RunAsync(finance);
        var draft = (await BillingSetup.DraftOfAsync(finance, tenant)).GetProperty("id").GetGuid();

        var tooLong = await finance.PutAsJsonAsync($"/api/billing/invoices/{draft}/references", new { buyerReference = new string('x', 101), orderReference = "PO 1" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("De referentie van de klant is te lang", await tooLong.Content.ReadAsStringAsync());

        var saved = await finance.PutAsJsonAsync($"/api/billing/invoices/{draft}/references", new { buyerReference = " BB-2026/0042 ", orderReference = "PO 4500123987" });
        await Api.EnsureAsync(saved, HttpStatusCode.OK);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("BB-2026/0042", body.GetProperty("buyerReference").GetString());
        Assert.Equal("PO 4500123987", body.GetProperty("orderReference").GetString());

        var invoice = await BillingSetup.IssueAsync(finance, draft);
        Assert.Equal("BB-2026/0042", invoice.GetProperty("buyerReference").GetString());
        var text = PdfText.Extract(await finance.GetByteArrayAsync(invoice.GetProperty("pdfUrl").GetString()));
        Assert.Contains("Je referentie: BB-2026/0042", text);
        Assert.Contains("Bestelbonnummer: PO 4500123987", text);
        Assert.Contains("Vragen over deze factuur? Contact: Financiën EV DV, facturatie.digitaal@vlaanderen.be.", text);
        Assert.Contains("BIC BBRUBEBB", text);

        var ubl = XDocument.Parse(await finance.GetStringAsync(invoice.GetProperty("ublUrl").GetString())).Root!;
        Assert.Equal("BB-2026/0042", ubl.Element(Cbc + "BuyerReference")!.Value);
        Assert.Equal("PO 4500123987", ubl.Element(Cac + "OrderReference")!.Element(Cbc + "ID")!.Value);

        var afterIssue = await finance.PutAsJsonAsync($"/api/billing/invoices/{draft}/references", new { buyerReference = "X", orderReference = "Y" });
        Assert.Equal(HttpStatusCode.Conflict, afterIssue.StatusCode);
        Assert.Contains("een uitgegeven factuur wijzigt niet", await afterIssue.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InvoiceReferencesOnSqlite(SqliteApp app) : InvoiceReferencesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InvoiceReferencesOnPostgres(PostgresApp app) : InvoiceReferencesTests(app);
