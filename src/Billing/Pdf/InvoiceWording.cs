using Billing.Domain;
using Platform.Kernel.Formatting;

namespace Billing.Pdf;

/// <summary>The Dutch sentences an invoice must carry, kept together so they are reviewed together.</summary>
internal static class InvoiceWording
{
    public const string NoVat =
        "EV DV en Digitaal Vlaanderen zijn niet-belastingplichtige publiekrechtelijke lichamen (artikel 6, eerste lid, " +
        "van het btw-wetboek); er wordt geen btw aangerekend.";

    public const string Product = "Abonnement Mijn Burgerprofiel-app";

    public static string Title(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? "Creditnota" : "Factuur";

    public static string Payment(InvoiceDocument document) =>
        $"Betaling binnen {InvoiceDueDate.PaymentTermDays} dagen, uiterlijk op {Dutch.Date(document.DueDate!.Value)}, " +
        $"op rekening {document.Iban} (BIC {document.Bic}) op naam van {document.Issuer.Name} " +
        $"met de gestructureerde mededeling {document.Communication!.Value}." +
        (document.OnlinePaymentUrl is { } url ? $" Je kunt ook online betalen via {url}." : "");

    public static string Questions(InvoiceDocument document) => $"Vragen over deze {(document.Kind == InvoiceKind.CreditNote ? "creditnota" : "factuur")}? Contact: {document.BillingContact}.";

    public static string Credit(InvoiceDocument document) =>
        $"Deze creditnota vermindert het bedrag van factuur {document.Corrects!.Number} van {Dutch.Date(document.Corrects.Date)} " +
        $"met {Dutch.Money(document.Total)}.";
}
