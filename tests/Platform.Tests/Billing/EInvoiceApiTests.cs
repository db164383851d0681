using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>The Peppol UBL download of issued invoices and credit notes: schema-valid, with number, OGM and buyer reference.</summary>
public abstract class EInvoiceApiTests(PlatformApp app) : DatabaseTest(app)
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    [SkippableFact]
    public async Task The_ubl_of_an_invoice_and_its_credit_note_is_valid_and_carries_number_ogm_and_buyer_reference()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        await SetReferenceAsync(tenant, "BB-2026/0042");
        await BillingSetup.RunAsync(finance);
        var invoice = await BillingSetup.IssueAsync(finance, (await BillingSetup.DraftOfAsync(finance, tenant)).Id());
        var number = invoice.Str("number");
        Assert.Equal(("BB-2026/0042", $"/api/billing/invoices/{invoice.Id()}/ubl"), (invoice.Str("buyerReference"), invoice.Str("ublUrl")));

        var response = await finance.GetAsync(invoice.Str("ublUrl"));
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{number}.xml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(UblXsd.Validate(xml));
        var root = xml.Root!;
        Assert.Equal("Invoice", root.Name.LocalName);
        Assert.Equal(number, root.Element(Cbc + "ID")!.Value);
        Assert.Equal("BB-2026/0042", root.Element(Cbc + "BuyerReference")!.Value);
        Assert.Equal(CamtBuilder.Digits(invoice.Str("structuredCommunication")), root.Element(Cac + "PaymentMeans")!.Element(Cbc + "PaymentID")!.Value);
        Assert.Equal("5000.00", root.Element(Cac + "LegalMonetaryTotal")!.Element(Cbc + "PayableAmount")!.Value);
        Assert.Equal(invoice.Str("invoiceDate"), root.Element(Cbc + "IssueDate")!.Value);

        // The tenant admin downloads the same document.
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        Assert.Equal(xml.ToString(), XDocument.Parse(await admin.GetStringAsync(invoice.Str("ublUrl"))).ToString());

        var credited = await finance.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id()}/credit-notes", new { amount = 1000m, reason = "Inwonersaantal verbeterd." });
        await Api.EnsureAsync(credited, HttpStatusCode.Created);
        var note = await credited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/billing/credit-notes/{note.Id()}/ubl", note.Str("ublUrl"));
        var noteResponse = await admin.GetAsync(note.Str("ublUrl"));
        await Api.EnsureAsync(noteResponse, HttpStatusCode.OK);
        Assert.Equal($"{note.Str("number")}.xml", noteResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var credit = XDocument.Parse(await noteResponse.Content.ReadAsStringAsync());
        Assert.Empty(UblXsd.Validate(credit));
        Assert.Equal("CreditNote", credit.Root!.Name.LocalName);
        Assert.Equal(note.Str("number"), credit.Root.Element(Cbc + "ID")!.Value);
        Assert.Equal("BB-2026/0042", credit.Root.Element(Cbc + "BuyerReference")!.Value);
        Assert.Equal(number, credit.Root.Element(Cac + "BillingReference")!.Element(Cac + "InvoiceDocumentReference")!.Element(Cbc + "ID")!.Value);
        Assert.Equal("1000.00", credit.Root.Element(Cac + "LegalMonetaryTotal")!.Element(Cbc + "PayableAmount")!.Value);
    }

    [SkippableFact]
    public async Task Without_a_buyer_reference_the_ubl_is_refused_until_the_tenant_gives_one_which_is_then_kept()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (tenant, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        Assert.Equal(JsonValueKind.Null, invoice.GetProperty("buyerReference").ValueKind);

        var refused = await finance.GetAsync(invoice.Str("ublUrl"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("E-factuur niet mogelijk", problem.Str("title"));
        Assert.StartsWith("Vul de referentie of het bestelbonnummer van de klant in", problem.Str("detail"));
        Assert.StartsWith("Vul de referentie", problem.GetProperty("errors").GetProperty("buyerReference")[0].GetString());

        await SetReferenceAsync(tenant, "PO 77");
        var xml = XDocument.Parse(await finance.GetStringAsync(invoice.Str("ublUrl")));
        Assert.Empty(UblXsd.Validate(xml));
        Assert.Equal("PO 77", xml.Root!.Element(Cbc + "BuyerReference")!.Value);

        // The first e-invoice fixed it on the issued invoice: a later change of the tenant's reference does not alter it.
        await SetReferenceAsync(tenant, "PO 78");
        Assert.Equal("PO 77", XDocument.Parse(await finance.GetStringAsync(invoice.Str("ublUrl"))).Root!.Element(Cbc + "BuyerReference")!.Value);
        Assert.Equal("PO 77", (await Statements.InvoiceAsync(finance, invoice.Id())).Str("buyerReference"));
    }

    [SkippableFact]
    public async Task Only_issued_invoices_have_a_ubl_and_only_for_their_own_tenant()
    {
        var finance = Api.WithKey((await Api.CreateUserAsync("Finance")).Key);
        var (a, invoiceA) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        var (b, invoiceB) = await BillingSetup.IssuedInvoiceAsync(Api, finance);
        await SetReferenceAsync(a, "REF-A");
        await SetReferenceAsync(b, "REF-B");
        var noteB = await finance.PostAsJsonAsync($"/api/billing/invoices/{invoiceB.Id()}/credit-notes", new { reason = "Overeenkomst beëindigd." });
        await Api.EnsureAsync(noteB, HttpStatusCode.Created);
        var noteUrl = (await noteB.Content.ReadFromJsonAsync<JsonElement>()).Str("ublUrl");
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);

        Assert.Equal(HttpStatusCode.OK, (await adminOfA.GetAsync(invoiceA.Str("ublUrl"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync(invoiceB.Str("ublUrl"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync(noteUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync(noteUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/api/billing/invoices/{Guid.NewGuid()}/ubl")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/api/billing/credit-notes/{Guid.NewGuid()}/ubl")).StatusCode);
        var reporter = Api.WithKey((await Api.CreateUserAsync("Reporter", a.Slug)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync(invoiceA.Str("ublUrl"))).StatusCode);

        // A draft has no e-invoice (and no link to one).
        await BillingSetup.SetInhabitantsAsync(Api, a.Slug, 2025, 20_000);
        await BillingSetup.RunAsync(finance, 2025);
        var draft = await BillingSetup.DraftOfAsync(finance, a, 2025);
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("ublUrl").ValueKind);
        var refused = await finance.GetAsync($"/api/billing/invoices/{draft.Id()}/ubl");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Alleen een uitgegeven factuur", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.GetAsync($"/api/billing/invoices/{draft.Id()}/ubl")).StatusCode);
    }

    private async Task SetReferenceAsync(Api.TestTenant tenant, string reference) =>
        await Api.EnsureAsync(await Api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/invoice-reference", new { reference }), HttpStatusCode.OK);
}

[Collection(SqliteCollection.Name)]
public sealed class EInvoiceApiOnSqlite(SqliteApp app) : EInvoiceApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EInvoiceApiOnPostgres(PostgresApp app) : EInvoiceApiTests(app);

/// <summary>The OASIS UBL 2.1 XSDs from ../shared/schemas/ubl-2.1 next to the repository (as Billing.Tests loads them).</summary>
internal static class UblXsd
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static IReadOnlyList<string> Validate(XDocument document)
    {
        if (!Set.Value.Contains(document.Root!.Name.NamespaceName))
            return [$"No schema for {document.Root.Name}"];
        var errors = new List<string>();
        XDocument.Parse(document.ToString(SaveOptions.DisableFormatting)).Validate(Set.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas", "ubl-2.1"));
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }

    private static XmlSchemaSet Load()
    {
        // The xmldsig schema carries an internal DTD subset; these are trusted local files.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var name in new[] { "UBL-Invoice-2.1.xsd", "UBL-CreditNote-2.1.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(Folder(), "maindoc", name), settings);
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }
}
