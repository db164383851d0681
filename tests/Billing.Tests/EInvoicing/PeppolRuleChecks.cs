using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace Billing.Tests.EInvoicing;

/// <summary>
/// The EN 16931 / Peppol BIS 3.0 business rules our documents rely on, as XPath checks (listed in src/Billing/EInvoicing/RULES.md).
/// Not the official Schematron: only the rules that can apply to a one-line, category O, KBO-identified document.
/// </summary>
internal static partial class PeppolRuleChecks
{
    private static readonly XmlNamespaceManager Ns = NamespaceManager();

    public static readonly IReadOnlyList<(string Id, Func<XElement, bool> Holds)> Rules =
    [
        ("BR-01", d => Text(d, "cbc:CustomizationID") is not null),
        ("PEPPOL-EN16931-R004", d => Text(d, "cbc:CustomizationID") == "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"),
        ("PEPPOL-EN16931-R001", d => Text(d, "cbc:ProfileID") is not null),
        ("PEPPOL-EN16931-R007", d => ProfileFormat().IsMatch(Text(d, "cbc:ProfileID") ?? "")),
        ("BR-02", d => Text(d, "cbc:ID") is not null),
        ("BR-03", d => Text(d, "cbc:IssueDate") is not null),
        ("BR-04", d => Text(d, "cbc:InvoiceTypeCode|cbc:CreditNoteTypeCode") is not null),
        ("PEPPOL-EN16931-P0100/P0101", d => IsCredit(d) ? Text(d, "cbc:CreditNoteTypeCode") == "381" : Text(d, "cbc:InvoiceTypeCode") == "380"),
        ("BR-05", d => Text(d, "cbc:DocumentCurrencyCode") is not null),
        ("PEPPOL-EN16931-R051", d => All(d, "//*[@currencyID]").All(e => e.Attribute("currencyID")!.Value == Text(d, "cbc:DocumentCurrencyCode"))),
        ("PEPPOL-EN16931-R002", d => All(d, "cbc:Note").Count() <= 1),
        ("PEPPOL-EN16931-R003", d => Text(d, "cbc:BuyerReference") is not null || Text(d, "cac:OrderReference/cbc:ID") is not null),
        ("PEPPOL-EN16931-R008", d => d.DescendantsAndSelf().All(e => e.HasElements || e.Value.Trim().Length > 0)),
        ("BR-06", d => Text(d, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName") is not null),
        ("BR-07", d => Text(d, "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName") is not null),
        ("BR-08/BR-09", d => Text(d, "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode") is not null),
        ("BR-10/BR-11", d => Text(d, "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode") is not null),
        ("PEPPOL-EN16931-R020", d => Text(d, "cac:AccountingSupplierParty/cac:Party/cbc:EndpointID") is not null),
        ("PEPPOL-EN16931-R010", d => Text(d, "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID") is not null),
        ("BR-62/BR-63", d => All(d, "//cbc:EndpointID").All(e => e.Attribute("schemeID") is not null)),
        ("PEPPOL-COMMON-R043", d => All(d, "//*[@schemeID='0208']").All(e => IsKbo(e.Value))),
        ("BR-CO-26", d => Text(d, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID") is not null),
        ("BR-O-02", d => !All(d, "//cac:PartyTaxScheme").Any()),
        ("BR-12..BR-15", d => new[] { "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount" }
            .All(n => Text(d, $"cac:LegalMonetaryTotal/cbc:{n}") is not null)),
        ("BR-CO-10", d => Total(d, "LineExtensionAmount") == Sum(d, "cac:InvoiceLine/cbc:LineExtensionAmount|cac:CreditNoteLine/cbc:LineExtensionAmount")),
        ("BR-CO-13", d => Total(d, "TaxExclusiveAmount") == Total(d, "LineExtensionAmount") - Total(d, "AllowanceTotalAmount") + Total(d, "ChargeTotalAmount")),
        ("BR-CO-15", d => Total(d, "TaxInclusiveAmount") == Total(d, "TaxExclusiveAmount") + Sum(d, "cac:TaxTotal/cbc:TaxAmount")),
        ("BR-CO-16", d => Total(d, "PayableAmount") == Total(d, "TaxInclusiveAmount") - Total(d, "PrepaidAmount") + Total(d, "PayableRoundingAmount")),
        ("BR-CO-14", d => Sum(d, "cac:TaxTotal/cbc:TaxAmount") == Sum(d, "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount")),
        ("BR-DEC", d => All(d, "//*[@currencyID]").All(e => decimal.Round(Dec(e.Value), 2) == Dec(e.Value) && !e.Value.Contains(',', StringComparison.Ordinal))),
        ("BR-16", d => All(d, "cac:InvoiceLine|cac:CreditNoteLine").Any()),
        ("BR-21..BR-26", d => Lines(d).All(l => Text(l, "cbc:ID") is not null && Quantity(l) is not null && Quantity(l)!.Attribute("unitCode") is not null
            && Text(l, "cbc:LineExtensionAmount") is not null && Text(l, "cac:Item/cbc:Name") is not null && Text(l, "cac:Price/cbc:PriceAmount") is not null)),
        ("BR-CL-23", d => Lines(d).All(l => Quantity(l)!.Attribute("unitCode")!.Value == "C62")),
        ("BR-27", d => Lines(d).All(l => Dec(Text(l, "cac:Price/cbc:PriceAmount")) >= 0)),
        ("PEPPOL-EN16931-R120", d => Lines(d).All(l => Dec(Text(l, "cbc:LineExtensionAmount")) == Dec(Quantity(l)!.Value) * Dec(Text(l, "cac:Price/cbc:PriceAmount")))),
        ("BR-29/BR-30", d => All(d, "//cac:InvoicePeriod").All(p => string.CompareOrdinal(Text(p, "cbc:EndDate"), Text(p, "cbc:StartDate")) >= 0)),
        ("PEPPOL-EN16931-R110/R111", d => Lines(d).All(l => string.CompareOrdinal(Text(l, "cac:InvoicePeriod/cbc:StartDate"), Text(d, "cac:InvoicePeriod/cbc:StartDate")) >= 0
            && string.CompareOrdinal(Text(l, "cac:InvoicePeriod/cbc:EndDate"), Text(d, "cac:InvoicePeriod/cbc:EndDate")) <= 0)),
        ("PEPPOL-EN16931-R053", d => All(d, "cac:TaxTotal[cac:TaxSubtotal]").Count() == 1),
        ("BR-CO-18", d => All(d, "cac:TaxTotal/cac:TaxSubtotal").Any()),
        ("BR-O-05", d => Lines(d).All(l => Text(l, "cac:Item/cac:ClassifiedTaxCategory/cbc:ID") == "O" && Text(l, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent") is null)),
        ("BR-O-08", d => Sum(d, "cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID='O']/cbc:TaxableAmount") == Total(d, "LineExtensionAmount")),
        ("BR-O-09", d => Sum(d, "cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID='O']/cbc:TaxAmount") == 0m),
        ("BR-O-10", d => All(d, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID='O']").All(c => Text(c, "cbc:TaxExemptionReasonCode") == "VATEX-EU-O")),
        ("BR-O-11/BR-O-12", d => All(d, "//cac:TaxCategory/cbc:ID|//cac:ClassifiedTaxCategory/cbc:ID").All(e => e.Value == "O")),
        ("BR-O (no rate)", d => !All(d, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent").Any()),
        ("BR-CO-25", d => Total(d, "PayableAmount") <= 0 || Text(d, "cbc:DueDate") is not null || Text(d, "cac:PaymentTerms/cbc:Note") is not null),
        ("BR-49/BR-CL-16", d => All(d, "cac:PaymentMeans").All(p => Text(p, "cbc:PaymentMeansCode") is "30" or "58")),
        ("BR-61", d => All(d, "cac:PaymentMeans").All(p => Text(p, "cac:PayeeFinancialAccount/cbc:ID") is not null)),
        ("BR-55", d => !IsCredit(d) || Text(d, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") is not null),
        ("BR-52", d => All(d, "cac:AdditionalDocumentReference").All(r => Text(r, "cbc:ID") is not null)),
        ("BR-CL-24", d => All(d, "//cbc:EmbeddedDocumentBinaryObject").All(b => b.Attribute("mimeCode")?.Value == "application/pdf" && b.Attribute("filename") is not null)),
    ];

    /// <returns>The ids of the rules that do not hold.</returns>
    public static IReadOnlyList<string> Failing(XDocument document) =>
        Rules.Where(r => !r.Holds(document.Root!)).Select(r => r.Id).ToList();

    private static bool IsCredit(XElement d) => d.Name.LocalName == "CreditNote";

    private static IEnumerable<XElement> Lines(XElement d) => All(d, "cac:InvoiceLine|cac:CreditNoteLine");

    private static XElement? Quantity(XElement line) => line.XPathSelectElement("cbc:InvoicedQuantity|cbc:CreditedQuantity", Ns);

    private static IEnumerable<XElement> All(XElement e, string xpath) => e.XPathSelectElements(xpath, Ns);

    private static string? Text(XElement e, string xpath) => e.XPathSelectElement(xpath, Ns)?.Value is { Length: > 0 } s ? s : null;

    private static decimal Dec(string? s) => s is null ? 0m : decimal.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static decimal Total(XElement d, string name) => Dec(Text(d, $"cac:LegalMonetaryTotal/cbc:{name}"));

    private static decimal Sum(XElement d, string xpath) => All(d, xpath).Sum(e => Dec(e.Value));

    private static bool IsKbo(string s) => s.Length == 10 && s.All(char.IsAsciiDigit) && 97 - long.Parse(s[..8]) % 97 == int.Parse(s[8..]);

    [GeneratedRegex(@"^urn:fdc:peppol\.eu:2017:poacc:billing:\d\d:1\.0$")]
    private static partial Regex ProfileFormat();

    private static XmlNamespaceManager NamespaceManager()
    {
        var m = new XmlNamespaceManager(new NameTable());
        m.AddNamespace("cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
        m.AddNamespace("cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
        return m;
    }
}
