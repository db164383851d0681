using System.Globalization;
using System.Xml.Linq;

namespace Billing.EInvoicing;

/// <summary>UBL 2.1 namespaces and element helpers.</summary>
internal static class Ubl
{
    public static readonly XNamespace Invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace CreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public static XElement A(string name, params object?[] content) => new(Cac + name, content);

    public static XElement B(string name, string value) => new(Cbc + name, value);

    public static XElement Money(string name, decimal amount) =>
        new(Cbc + name, new XAttribute("currencyID", UblInvoiceWriter.Currency), amount.ToString("0.00", CultureInfo.InvariantCulture));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
