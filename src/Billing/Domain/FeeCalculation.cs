namespace Billing.Domain;

/// <summary>What is owed for one tenant and one calendar year, and why.</summary>
internal sealed record FeeCalculation(
    bool Due,
    NotDueReason Reason,
    string? ReasonText,
    int Year,
    int? Inhabitants,
    PriceTier? Tier,
    decimal AnnualFee,
    int Months,
    decimal Amount,
    InvoicePeriod? Period,
    string Explanation)
{
    /// <summary>Not due yet because data is missing: someone has to act, unlike the other reasons.</summary>
    public bool NeedsAttention => Reason == NotDueReason.InhabitantsMissing;

    public static FeeCalculation NotDue(int year, NotDueReason reason, int? inhabitants)
    {
        var text = reason.ToDutch(year)!;
        return new(false, reason, text, year, inhabitants, null, 0m, 0, 0m, null, text);
    }
}
