using Billing.Payments;
using Platform.Kernel.Formatting;
using Billing.BankStatements;

namespace Billing.Pages.Facturen;

/// <summary>Dutch wording of the payment facts shown on the finance and tenant pages.</summary>
internal static class PaymentTexts
{
    public static string Source(PaymentSource source) => source switch
    {
        PaymentSource.Stripe => "Online (Stripe)",
        _ => "Bankuittreksel",
    };

    public static string Link(PaymentLink link) => link switch
    {
        PaymentLink.StructuredReference => "Gestructureerde mededeling",
        PaymentLink.FreeText => "Mededeling in de vrije tekst",
        PaymentLink.ByHand => "Met de hand gekoppeld door financiën",
        _ => "Online betaling (Stripe Checkout)",
    };

    public static string Outcome(PaymentOutcome outcome, decimal outstandingAfter, decimal overpayment) => outcome switch
    {
        PaymentOutcome.Paid => "Volledig betaald",
        PaymentOutcome.PartiallyPaid => $"Deels betaald, nog {Dutch.Money(outstandingAfter)} open",
        PaymentOutcome.Reversed => $"Betaling teruggeboekt, nog {Dutch.Money(outstandingAfter)} open",
        _ => $"Te veel betaald: {Dutch.Money(overpayment)} terug te betalen of te verrekenen",
    };

    public static string Skip(SkipReason reason) => reason switch
    {
        SkipReason.AlreadyImported => "al eerder ingelezen",
        SkipReason.NotBooked => "nog niet geboekt door de bank",
        _ => "uitgaande betaling",
    };

    /// <summary>Groups of four, as on a bank card: <c>BE71 0961 2345 6769</c>.</summary>
    public static string Iban(string? iban) => iban is null
        ? "–"
        : string.Join(' ', iban.Replace(" ", "", StringComparison.Ordinal).Chunk(4).Select(c => new string(c)));

    public static string Times(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    public static string ImportMessage(ImportedStatement result)
    {
        var skipped = result.Skipped.Count == 0 ? "" :
            " (" + string.Join(", ", result.Skipped.GroupBy(s => s.Reason).Select(g => $"{g.Count()} {Skip(g.Key)}")) + ")";
        return $"Uittreksel {result.Import.FileName} ingelezen: {Times(result.Payments.Count, "betaling", "betalingen")} gekoppeld, " +
            $"{result.Review.Count} te controleren, {result.Skipped.Count} overgeslagen{skipped}.";
    }
}
