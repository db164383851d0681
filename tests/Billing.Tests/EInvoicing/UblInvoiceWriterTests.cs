using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Billing.Domain;
using Billing.EInvoicing;
using Billing.Pdf;
using Billing.Tests.Pdf;

namespace Billing.Tests.EInvoicing;

public sealed class UblInvoiceWriterTests
{
    private static readonly byte[] FakePdf = "%PDF-1.7\n%test\n"u8.ToArray();
    private static readonly XmlNamespaceManager Ns = Namespaces();

    internal static EInvoice Invoice(decimal? amount = null)
    {
        var e = EInvoice.From(SampleDocuments.Invoice(), FakePdf, "BST-2023-0042");
        return amount is { } a ? e with { Amount = a } : e;
    }

    internal static EInvoice CreditNote() => EInvoice.From(SampleDocuments.CreditNote(), FakePdf, "BST-2023-0042");

    private static string? At(XDocument d, string xpath) => d.XPathSelectElement(xpath, Ns)?.Value;

    private static string? Attr(XDocument d, string xpath, string name) => d.XPathSelectElement(xpath, Ns)?.Attribute(name)?.Value;

    [Fact]
    public void Invoice_is_valid_UBL_and_breaks_no_checked_rule()
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        Assert.Empty(UblSchemas.Validate(xml));
        Assert.Empty(PeppolRuleChecks.Failing(xml));
    }

    [Fact]
    public void Credit_note_is_valid_UBL_and_breaks_no_checked_rule()
    {
        var xml = UblInvoiceWriter.Write(CreditNote());
        Assert.Empty(UblSchemas.Validate(xml));
        Assert.Empty(PeppolRuleChecks.Failing(xml));
    }

    [Fact]
    public void Bytes_are_UTF8_without_BOM_and_parse_back_to_a_valid_document()
    {
        var bytes = UblInvoiceWriter.WriteBytes(Invoice() with { Buyer = Invoice().Buyer with { Name = "Gemeente Sint-Laureins – Ŝtädt" } });
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes).Split('\n')[0].Trim());
        var parsed = XDocument.Load(new MemoryStream(bytes));
        Assert.Equal("Gemeente Sint-Laureins – Ŝtädt", At(parsed, "/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name"));
        Assert.Empty(UblSchemas.Validate(parsed));
    }

    [Fact]
    public void Schema_validation_catches_a_broken_document()
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        xml.XPathSelectElement("/inv:Invoice/cbc:IssueDate", Ns)!.Remove();
        var dueDate = xml.XPathSelectElement("/inv:Invoice/cbc:DueDate", Ns)!;
        dueDate.AddBeforeSelf(new XElement(Ubl.Cbc + "DocumentCurrencyCode", "EUR"));
        Assert.NotEmpty(UblSchemas.Validate(xml));
        var credit = UblInvoiceWriter.Write(CreditNote());
        credit.XPathSelectElement("/cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity", Ns)!.Name = Ubl.Cbc + "InvoicedQuantity";
        Assert.NotEmpty(UblSchemas.Validate(credit));
    }

    [Fact]
    public void Invoice_carries_the_BIS_3_identifiers_and_codes()
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        Assert.Equal(Ubl.Invoice, xml.Root!.Name.Namespace);
        Assert.Equal("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", At(xml, "/inv:Invoice/cbc:CustomizationID"));
        Assert.Equal("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", At(xml, "/inv:Invoice/cbc:ProfileID"));
        Assert.Equal("2023-000001", At(xml, "/inv:Invoice/cbc:ID"));
        Assert.Equal("2023-05-22", At(xml, "/inv:Invoice/cbc:IssueDate"));
        Assert.Equal("2023-06-21", At(xml, "/inv:Invoice/cbc:DueDate"));
        Assert.Equal("380", At(xml, "/inv:Invoice/cbc:InvoiceTypeCode"));
        Assert.Equal("EUR", At(xml, "/inv:Invoice/cbc:DocumentCurrencyCode"));
        Assert.Equal("BST-2023-0042", At(xml, "/inv:Invoice/cbc:BuyerReference"));
        Assert.Equal("2023-05-01", At(xml, "/inv:Invoice/cac:InvoicePeriod/cbc:StartDate"));
        Assert.Equal("2023-12-31", At(xml, "/inv:Invoice/cac:InvoicePeriod/cbc:EndDate"));
        Assert.Contains("artikel 6", At(xml, "/inv:Invoice/cbc:Note"));
    }

    [Theory]
    [InlineData("AccountingSupplierParty", "0643634986", "Eigen Vermogen Digitaal Vlaanderen", "Havenlaan 88", "1000", "Brussel")]
    [InlineData("AccountingCustomerParty", "0207451227", "Stad Gent", "Botermarkt 1", "9000", "Gent")]
    public void Parties_are_identified_by_KBO_with_scheme_0208_and_no_VAT_number(string role, string kbo, string name, string street, string zip, string city)
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        var party = $"/inv:Invoice/cac:{role}/cac:Party";
        Assert.Equal(kbo, At(xml, $"{party}/cbc:EndpointID"));
        Assert.Equal("0208", Attr(xml, $"{party}/cbc:EndpointID", "schemeID"));
        Assert.Equal(kbo, At(xml, $"{party}/cac:PartyLegalEntity/cbc:CompanyID"));
        Assert.Equal("0208", Attr(xml, $"{party}/cac:PartyLegalEntity/cbc:CompanyID", "schemeID"));
        Assert.Equal(name, At(xml, $"{party}/cac:PartyLegalEntity/cbc:RegistrationName"));
        Assert.Equal(street, At(xml, $"{party}/cac:PostalAddress/cbc:StreetName"));
        Assert.Equal(zip, At(xml, $"{party}/cac:PostalAddress/cbc:PostalZone"));
        Assert.Equal(city, At(xml, $"{party}/cac:PostalAddress/cbc:CityName"));
        Assert.Equal("BE", At(xml, $"{party}/cac:PostalAddress/cac:Country/cbc:IdentificationCode"));
        Assert.Null(xml.XPathSelectElement($"{party}/cac:PartyTaxScheme", Ns));
    }

    [Fact]
    public void Payment_means_carry_IBAN_without_spaces_and_the_structured_communication()
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        Assert.Equal("30", At(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"));
        Assert.Equal("202300000111", At(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentID"));
        Assert.Equal("BE86375111750850", At(xml, "/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"));
        Assert.Contains("+++202/3000/00111+++", At(xml, "/inv:Invoice/cac:PaymentTerms/cbc:Note"));
        Assert.Equal("58", At(UblInvoiceWriter.Write(Invoice() with { PaymentMeansCode = "58" }), "/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"));
    }

    [Theory]
    [InlineData("4666.67")]
    [InlineData("0.01")]
    [InlineData("10000")]
    [InlineData("583.33")]
    [InlineData("2916.67")]
    public void Tax_is_category_O_with_zero_VAT_and_all_totals_equal_the_amount(string amountText)
    {
        var amount = decimal.Parse(amountText, System.Globalization.CultureInfo.InvariantCulture);
        var expected = amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var xml = UblInvoiceWriter.Write(Invoice(amount));
        Assert.Empty(UblSchemas.Validate(xml));
        Assert.Empty(PeppolRuleChecks.Failing(xml));
        Assert.Equal("0.00", At(xml, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
        Assert.Equal(expected, At(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount"));
        Assert.Equal("O", At(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID"));
        Assert.Equal("VATEX-EU-O", At(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode"));
        Assert.Equal("VAT", At(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:ID"));
        Assert.Empty(xml.XPathSelectElements("//cbc:Percent", Ns));
        foreach (var total in new[] { "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount" })
            Assert.Equal(expected, At(xml, $"/inv:Invoice/cac:LegalMonetaryTotal/cbc:{total}"));
        Assert.All(xml.XPathSelectElements("//*[@currencyID]", Ns), e => Assert.Equal("EUR", e.Attribute("currencyID")!.Value));
        Assert.Equal(expected, At(xml, "/inv:Invoice/cac:InvoiceLine/cbc:LineExtensionAmount"));
        Assert.Equal(expected, At(xml, "/inv:Invoice/cac:InvoiceLine/cac:Price/cbc:PriceAmount"));
    }

    [Fact]
    public void One_line_of_quantity_1_with_the_invoice_period()
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        Assert.Single(xml.XPathSelectElements("/inv:Invoice/cac:InvoiceLine", Ns));
        Assert.Equal("1", At(xml, "/inv:Invoice/cac:InvoiceLine/cbc:InvoicedQuantity"));
        Assert.Equal("C62", Attr(xml, "/inv:Invoice/cac:InvoiceLine/cbc:InvoicedQuantity", "unitCode"));
        Assert.Equal("2023-05-01", At(xml, "/inv:Invoice/cac:InvoiceLine/cac:InvoicePeriod/cbc:StartDate"));
        Assert.Equal("2023-12-31", At(xml, "/inv:Invoice/cac:InvoiceLine/cac:InvoicePeriod/cbc:EndDate"));
        Assert.Equal("Abonnement Mijn Burgerprofiel-app", At(xml, "/inv:Invoice/cac:InvoiceLine/cac:Item/cbc:Name"));
        Assert.Equal("O", At(xml, "/inv:Invoice/cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:ID"));
        Assert.Equal("32.000 inwoners (Schijf 3: 25.001 – 50.000 inwoners), 8/12 van € 7.000,00 per jaar", At(xml, "/inv:Invoice/cac:InvoiceLine/cac:Item/cbc:Description"));
    }

    [Fact]
    public void The_rendered_PDF_is_embedded_and_round_trips()
    {
        var pdf = new InvoicePdfRenderer().RenderToArray(SampleDocuments.Invoice());
        var xml = UblInvoiceWriter.Write(EInvoice.From(SampleDocuments.Invoice(), pdf, "BST-1"));
        var binary = xml.XPathSelectElement("/inv:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject", Ns)!;
        Assert.Equal("application/pdf", binary.Attribute("mimeCode")!.Value);
        Assert.Equal("2023-000001.pdf", binary.Attribute("filename")!.Value);
        Assert.Equal(pdf, Convert.FromBase64String(binary.Value));
        Assert.Equal("2023-000001", At(xml, "/inv:Invoice/cac:AdditionalDocumentReference/cbc:ID"));
        Assert.Empty(UblSchemas.Validate(xml));
    }

    [Fact]
    public void Credit_note_cites_the_invoice_and_uses_credit_note_elements()
    {
        var xml = UblInvoiceWriter.Write(CreditNote());
        Assert.Equal(Ubl.CreditNote, xml.Root!.Name.Namespace);
        Assert.Equal("CN-2023-000003", At(xml, "/cn:CreditNote/cbc:ID"));
        Assert.Equal("381", At(xml, "/cn:CreditNote/cbc:CreditNoteTypeCode"));
        Assert.Equal("2023-000001", At(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        Assert.Equal("2023-05-22", At(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"));
        Assert.Equal("1", At(xml, "/cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity"));
        Assert.Equal("1250.50", At(xml, "/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount"));
        Assert.Null(xml.XPathSelectElement("/cn:CreditNote/cbc:DueDate", Ns));
        Assert.Null(xml.XPathSelectElement("/cn:CreditNote/cac:PaymentMeans", Ns));
        Assert.StartsWith("Reden: Inwonersaantal verbeterd", At(xml, "/cn:CreditNote/cbc:Note"));
        Assert.Contains("2023-000001 van 22/05/2023", At(xml, "/cn:CreditNote/cac:PaymentTerms/cbc:Note"));
    }

    [Theory]
    [InlineData("PayableAmount", "BR-CO-16")]
    [InlineData("TaxInclusiveAmount", "BR-CO-15")]
    [InlineData("LineExtensionAmount", "BR-CO-10")]
    public void Rule_checks_catch_totals_that_do_not_add_up(string total, string rule)
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        xml.XPathSelectElement($"/inv:Invoice/cac:LegalMonetaryTotal/cbc:{total}", Ns)!.Value = "4666.66";
        Assert.Contains(rule, PeppolRuleChecks.Failing(xml));
    }

    [Fact]
    public void Rule_checks_catch_a_VAT_number_a_rate_and_a_bad_KBO()
    {
        var xml = UblInvoiceWriter.Write(Invoice());
        var category = xml.XPathSelectElement("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID", Ns)!;
        category.AddAfterSelf(new XElement(Ubl.Cbc + "Percent", "0"));
        xml.XPathSelectElement("/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", Ns)!.Value = "0207451228";
        xml.XPathSelectElement("/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PostalAddress", Ns)!
            .AddAfterSelf(Ubl.A("PartyTaxScheme", Ubl.B("CompanyID", "BE0643634986"), Ubl.A("TaxScheme", Ubl.B("ID", "VAT"))));
        var failing = PeppolRuleChecks.Failing(xml);
        Assert.Contains("BR-O (no rate)", failing);
        Assert.Contains("PEPPOL-COMMON-R043", failing);
        Assert.Contains("BR-O-02", failing);
    }

    private static XmlNamespaceManager Namespaces()
    {
        var m = new XmlNamespaceManager(new NameTable());
        m.AddNamespace("inv", Ubl.Invoice.NamespaceName);
        m.AddNamespace("cn", Ubl.CreditNote.NamespaceName);
        m.AddNamespace("cac", Ubl.Cac.NamespaceName);
        m.AddNamespace("cbc", Ubl.Cbc.NamespaceName);
        return m;
    }
}
