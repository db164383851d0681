using Platform.Kernel.Formatting;

namespace Billing.Domain;

/// <summary>The contract's fee rule (bijlage 2): tier by inhabitants, pro-rated from the go-live month.</summary>
internal static class FeeCalculator
{
    /// <param name="year">The invoiced calendar year.</param>
    /// <param name="inhabitants">Inhabitants registered on 1 January of <paramref name="year"/>; null when not known yet.</param>
    /// <param name="goLive">The day the app was public in both stores (<see cref="GoLive.From"/>); null when not live.</param>
    /// <param name="terminationEffective">The first day the contract no longer runs; null while it runs.</param>
    public static FeeCalculation Calculate(int year, int? inhabitants, DateOnly? goLive, DateOnly? terminationEffective, PriceList priceList)
    {
        ArgumentNullException.ThrowIfNull(priceList);
        if (year < PriceList.FirstBillableYear)
            return FeeCalculation.NotDue(year, NotDueReason.BeforeFirstBillableYear, inhabitants);
        if (goLive is not { } live)
            return FeeCalculation.NotDue(year, NotDueReason.NotLive, inhabitants);
        if (year < live.Year)
            return FeeCalculation.NotDue(year, NotDueReason.BeforeGoLive, inhabitants);

        var firstMonth = year == live.Year ? live.Month : 1;
        var period = InvoicePeriod.RestOfYear(year, firstMonth);
        // Decision: no refunds. A period that starts while the contract still runs is owed in full.
        if (terminationEffective is { } end && period.Start >= end)
            return FeeCalculation.NotDue(year, NotDueReason.AfterTermination, inhabitants);
        if (inhabitants is not { } count)
            return FeeCalculation.NotDue(year, NotDueReason.InhabitantsMissing, null);

        var tier = priceList.For(year).TierFor(count);
        var months = 13 - firstMonth;
        var exact = tier.AnnualFee * months / 12m;
        var amount = Math.Round(exact, 2, MidpointRounding.AwayFromZero);
        var explanation = Explain(year, count, tier, live, firstMonth, months, exact, amount);
        return new(true, NotDueReason.None, null, year, count, tier, tier.AnnualFee, months, amount, period, explanation);
    }

    private static string Explain(int year, int count, PriceTier tier, DateOnly live, int firstMonth, int months, decimal exact, decimal amount)
    {
        var start = firstMonth == 1
            ? $"Volledig jaar {year}: 12 maanden."
            : $"Verschuldigd vanaf {MonthName(firstMonth)} {year} (publiek beschikbaar in beide stores op {Dutch.Date(live)}): {months} maanden.";
        var calculation = $"{Dutch.Money(tier.AnnualFee)} × {months} / 12";
        var result = exact == amount
            ? $"{calculation} = {Dutch.Money(amount)}."
            : $"{calculation} = {exact.ToString("N4", Dutch.Culture)}, afgerond op de cent: {Dutch.Money(amount)}.";
        return $"Inwoners op 1 januari {year}: {Dutch.Number(count)} → {tier.Name} → jaarbedrag {Dutch.Money(tier.AnnualFee)}. {start} {result}";
    }

    private static string MonthName(int month) => Dutch.Culture.DateTimeFormat.GetMonthName(month);
}
