using Billing.Domain;

namespace Billing.Tests.Domain;

public class FeeCalculatorEdgeTests
{
    private static readonly DateOnly GoLive = new(2023, 5, 14);

    private static FeeCalculation Calculate(int year, int? inhabitants = 32_000, DateOnly? termination = null, DateOnly? goLive = null) =>
        FeeCalculator.Calculate(year, inhabitants, goLive ?? GoLive, termination, PriceList.Default());

    [Theory]
    [InlineData(2025, 3, 31, 2025, true)] // terminated during 2025: 2025 was owed in full, no refund
    [InlineData(2025, 3, 31, 2026, false)]
    [InlineData(2025, 12, 31, 2025, true)]
    [InlineData(2025, 12, 31, 2026, false)]
    [InlineData(2026, 1, 1, 2025, true)]
    [InlineData(2026, 1, 1, 2026, false)]
    [InlineData(2026, 1, 2, 2026, true)]
    public void No_invoice_for_a_year_that_starts_once_termination_took_effect(int y, int m, int d, int year, bool due)
    {
        var fee = Calculate(year, termination: new DateOnly(y, m, d));

        Assert.Equal(due, fee.Due);
        Assert.Equal(due ? NotDueReason.None : NotDueReason.AfterTermination, fee.Reason);
        if (due)
            Assert.Equal(7_000m, fee.Amount);
    }

    [Theory]
    [InlineData(6, 1, false)]
    [InlineData(6, 2, true)]
    public void In_the_go_live_year_termination_is_compared_with_the_first_billed_day(int month, int day, bool due)
    {
        var fee = Calculate(2024, termination: new DateOnly(2024, month, day), goLive: new DateOnly(2024, 6, 10));

        Assert.Equal(due, fee.Due);
        Assert.Equal(due ? 7 : 0, fee.Months);
    }

    [Fact]
    public void Missing_inhabitants_flag_the_year_instead_of_guessing()
    {
        var fee = Calculate(2024, inhabitants: null);

        Assert.False(fee.Due);
        Assert.Equal(NotDueReason.InhabitantsMissing, fee.Reason);
        Assert.True(fee.NeedsAttention);
        Assert.Equal("Nog niet te factureren: het inwonersaantal op 1 januari 2024 ontbreekt.", fee.ReasonText);
        Assert.Equal(fee.ReasonText, fee.Explanation);
        Assert.Null(fee.Tier);
        Assert.Equal(0m, fee.Amount);
    }

    [Theory]
    [InlineData(2022, nameof(NotDueReason.BeforeFirstBillableYear), "Niet verschuldigd: de vergoeding is ten vroegste verschuldigd vanaf januari 2023.")]
    [InlineData(2023, nameof(NotDueReason.BeforeGoLive), "Niet verschuldigd: de app was in 2023 nog niet publiek beschikbaar in beide stores.")]
    [InlineData(2027, nameof(NotDueReason.AfterTermination), "Niet verschuldigd: de overeenkomst is beëindigd voor de start van de periode in 2027.")]
    public void Years_that_are_never_owed_are_not_flagged_even_without_inhabitants(int year, string reason, string text)
    {
        var fee = FeeCalculator.Calculate(year, null, new DateOnly(2024, 2, 1), new DateOnly(2026, 5, 1), PriceList.Default());

        Assert.Equal(Enum.Parse<NotDueReason>(reason), fee.Reason);
        Assert.Equal(text, fee.ReasonText);
        Assert.False(fee.NeedsAttention);
        Assert.Equal(year, fee.Year);
    }

    [Fact]
    public void Not_live_is_explained_in_Dutch()
    {
        var fee = FeeCalculator.Calculate(2024, 10_000, null, null, PriceList.Default());

        Assert.Equal("Niet verschuldigd: de app is nog niet publiek beschikbaar in zowel de App Store als de Play Store.", fee.ReasonText);
    }

    [Theory]
    [InlineData("1.50", "0.13")]  // 0.125: half away from zero, not to even (0.12)
    [InlineData("0.06", "0.01")]  // 0.005
    [InlineData("0.30", "0.03")]  // 0.025: to even would give 0.02
    [InlineData("3.30", "0.28")]  // 0.275
    public void Rounds_half_away_from_zero(string annualFee, string amount)
    {
        var fee = decimal.Parse(annualFee, System.Globalization.CultureInfo.InvariantCulture);
        var prices = new PriceList([new PriceListVersion(2023, [new PriceTier(1, 0, null, fee)])]);

        var result = FeeCalculator.Calculate(2023, 1, new DateOnly(2023, 12, 1), null, prices);

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), result.Amount);
    }

    [Fact]
    public void Rounds_once_on_the_final_amount()
    {
        // Rounding the monthly fee first would give 583.33 × 8 = 4 666.64.
        Assert.Equal(4_666.67m, Calculate(2023).Amount);
    }

    [Fact]
    public void Explains_a_pro_rated_year_in_Dutch()
    {
        Assert.Equal(
            "Inwoners op 1 januari 2023: 32.000 → Schijf 3: 25.001 – 50.000 inwoners → jaarbedrag € 7.000,00. " +
            "Verschuldigd vanaf mei 2023 (publiek beschikbaar in beide stores op 14/05/2023): 8 maanden. " +
            "€ 7.000,00 × 8 / 12 = 4.666,6667, afgerond op de cent: € 4.666,67.",
            Calculate(2023).Explanation);
    }

    [Fact]
    public void Explains_a_full_year_in_Dutch()
    {
        Assert.Equal(
            "Inwoners op 1 januari 2024: 269.597 → Schijf 4: meer dan 50.000 inwoners → jaarbedrag € 10.000,00. " +
            "Volledig jaar 2024: 12 maanden. € 10.000,00 × 12 / 12 = € 10.000,00.",
            Calculate(2024, inhabitants: 269_597).Explanation);
    }

    [Fact]
    public void Period_reads_as_Dutch_dates()
    {
        Assert.Equal("1 mei 2023 – 31 december 2023", Calculate(2023).Period!.ToString());
    }
}
