using System.Text;
using System.Xml;
using System.Xml.Linq;
using Billing.Domain;
using Billing.Pdf;
using Platform.Kernel.Formatting;

namespace Billing.EInvoicing;

/// <summary>Writes a Peppol BIS Billing 3.0 (UBL 2.1) Invoice or CreditNote; the rules it relies on are listed in RULES.md.</summary>
internal static class UblInvoiceWriter
{
    public const string CustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    public const string ProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    public const string KboScheme = "0208";
    public const string Currency = "EUR";

    /// <exception cref="EInvoiceException">When <see cref="EInvoiceRules.Validate"/> finds a violation.</exception>
    public static XDocument Write(EInvoice e)
    {
        var violations = EInvoiceRules.Validate(e);
        if (violations.Count > 0)
            throw new EInvoiceException(violations);
        var credit = e.Kind == InvoiceKind.CreditNote;
        XNamespace ns = credit ? Ubl.CreditNote : Ubl.Invoice;
        var root = new XElement(ns + (credit ? "CreditNote" : "Invoice"),
            new XAttribute(XNamespace.Xmlns + "cac", Ubl.Cac),
            new XAttribute(XNamespace.Xmlns + "cbc", Ubl.Cbc),
            Ubl.B("CustomizationID", CustomizationId),
            Ubl.B("ProfileID", ProfileId),
            Ubl.B("ID", e.Number.ToString()),
            Ubl.B("IssueDate", Ubl.Date(e.IssueDate)),
            credit ? null : Ubl.B("DueDate", Ubl.Date(e.DueDate!.Value)),
            Ubl.B(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380"),
            Ubl.B("Note", Note(e)),
            Ubl.B("DocumentCurrencyCode", Currency),
            string.IsNullOrWhiteSpace(e.BuyerReference) ? null : Ubl.B("BuyerReference", e.BuyerReference.Trim()),
            Period(e.Period),
            e.OrderReference is { Length: > 0 } order ? Ubl.A("OrderReference", Ubl.B("ID", order)) : null,
            credit ? BillingReference(e.Corrects!) : null,
            Attachment(e),
            Ubl.A("AccountingSupplierParty", Party(e.Seller)),
            Ubl.A("AccountingCustomerParty", Party(e.Buyer)),
            credit ? null : PaymentMeans(e),
            Ubl.A("PaymentTerms", Ubl.B("Note", Terms(e))),
            TaxTotal(e.Amount),
            Ubl.A("LegalMonetaryTotal",
                Ubl.Money("LineExtensionAmount", e.Amount),
                Ubl.Money("TaxExclusiveAmount", e.Amount),
                Ubl.Money("TaxInclusiveAmount", e.Amount),
                Ubl.Money("PayableAmount", e.Amount)),
            Line(e, credit));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>The bytes to store and send: UTF-8 without byte order mark, with declaration.</summary>
    public static byte[] WriteBytes(EInvoice e)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            Write(e).Save(writer);
        return stream.ToArray();
    }

    private static string Note(EInvoice e) =>
        e.Kind == InvoiceKind.CreditNote && !string.IsNullOrWhiteSpace(e.CreditReason)
            ? $"Reden: {e.CreditReason.Trim()} {InvoiceWording.NoVat}"
            : InvoiceWording.NoVat;

    private static string Terms(EInvoice e) => e.Kind == InvoiceKind.CreditNote
        ? $"Creditnota bij factuur {e.Corrects!.Number} van {Dutch.Date(e.Corrects.Date)}."
        : $"Betaling binnen {InvoiceDueDate.PaymentTermDays} dagen, uiterlijk op {Dutch.Date(e.DueDate!.Value)}, " +
          $"met de gestructureerde mededeling {e.Communication!.Value}.";

    private static XElement Period(InvoicePeriod p) =>
        Ubl.A("InvoicePeriod", Ubl.B("StartDate", Ubl.Date(p.Start)), Ubl.B("EndDate", Ubl.Date(p.End)));

    private static XElement BillingReference(CitedInvoice cited) =>
        Ubl.A("BillingReference", Ubl.A("InvoiceDocumentReference",
            Ubl.B("ID", cited.Number.ToString()),
            Ubl.B("IssueDate", Ubl.Date(cited.Date))));

    private static XElement Attachment(EInvoice e) =>
        Ubl.A("AdditionalDocumentReference",
            Ubl.B("ID", e.Number.ToString()),
            Ubl.B("DocumentDescription", $"{InvoiceWording.Title(e.Kind)} {e.Number}"),
            Ubl.A("Attachment", new XElement(Ubl.Cbc + "EmbeddedDocumentBinaryObject",
                new XAttribute("mimeCode", "application/pdf"),
                new XAttribute("filename", $"{e.Number}.pdf"),
                Convert.ToBase64String(e.Pdf))));

    private static XElement Party(EInvoiceParty p) =>
        Ubl.A("Party",
            new XElement(Ubl.Cbc + "EndpointID", new XAttribute("schemeID", KboScheme), p.KboDigits),
            Ubl.A("PartyName", Ubl.B("Name", p.Name)),
            Ubl.A("PostalAddress",
                Ubl.B("StreetName", p.Street),
                Ubl.B("CityName", p.City),
                Ubl.B("PostalZone", p.PostalCode),
                Ubl.A("Country", Ubl.B("IdentificationCode", p.CountryCode))),
            Ubl.A("PartyLegalEntity",
                Ubl.B("RegistrationName", p.Name),
                new XElement(Ubl.Cbc + "CompanyID", new XAttribute("schemeID", KboScheme), p.KboDigits)));

    private static XElement PaymentMeans(EInvoice e) =>
        Ubl.A("PaymentMeans",
            Ubl.B("PaymentMeansCode", e.PaymentMeansCode),
            // The 12 plain digits, as banks put them in camt.053 CdtrRefInf/Ref, so the payer's software copies them unchanged.
            Ubl.B("PaymentID", e.Communication!.Value.Plain),
            Ubl.A("PayeeFinancialAccount",
                Ubl.B("ID", e.Iban.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()),
                Ubl.B("Name", e.Seller.Name)));

    private static XElement TaxTotal(decimal amount) =>
        Ubl.A("TaxTotal",
            Ubl.Money("TaxAmount", 0m),
            Ubl.A("TaxSubtotal",
                Ubl.Money("TaxableAmount", amount),
                Ubl.Money("TaxAmount", 0m),
                Ubl.A("TaxCategory",
                    Ubl.B("ID", "O"),
                    Ubl.B("TaxExemptionReasonCode", "VATEX-EU-O"),
                    Ubl.B("TaxExemptionReason", "Niet onderworpen aan btw"),
                    Ubl.A("TaxScheme", Ubl.B("ID", "VAT")))));

    private static XElement Line(EInvoice e, bool credit) =>
        Ubl.A(credit ? "CreditNoteLine" : "InvoiceLine",
            Ubl.B("ID", "1"),
            new XElement(Ubl.Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", "C62"), "1"),
            Ubl.Money("LineExtensionAmount", e.Amount),
            Period(e.Period),
            Ubl.A("Item",
                string.IsNullOrWhiteSpace(e.LineDescription) ? null : Ubl.B("Description", e.LineDescription),
                Ubl.B("Name", e.LineName),
                Ubl.A("ClassifiedTaxCategory", Ubl.B("ID", "O"), Ubl.A("TaxScheme", Ubl.B("ID", "VAT")))),
            Ubl.A("Price", Ubl.Money("PriceAmount", e.Amount)));
}
