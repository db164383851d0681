using Billing.Domain;

namespace Billing.Tests.Domain;

public class FeeCalculatorTests
{
    private static readonly PriceList Prices = PriceList.Default();

    private static FeeCalculation Calculate(int year, int? inhabitants, DateOnly? goLive, DateOnly? termination = null, PriceList? prices = null) =>
        FeeCalculator.Calculate(year, inhabitants, goLive, termination, prices ?? Prices);

    [Theory]
    [InlineData(1, 12, "7000.00")]
    [InlineData(2, 11, "6416.67")]
    [InlineData(3, 10, "5833.33")]
    [InlineData(4, 9, "5250.00")]
    [InlineData(5, 8, "4666.67")]
    [InlineData(6, 7, "4083.33")]
    [InlineData(7, 6, "3500.00")]
    [InlineData(8, 5, "2916.67")]
    [InlineData(9, 4, "2333.33")]
    [InlineData(10, 3, "1750.00")]
    [InlineData(11, 2, "1166.67")]
    [InlineData(12, 1, "583.33")]
    public void Go_live_year_counts_the_go_live_month_itself(int month, int months, string amount)
    {
        var fee = Calculate(2023, 32_000, new DateOnly(2023, month, 14));

        Assert.True(fee.Due);
        Assert.Equal(NotDueReason.None, fee.Reason);
        Assert.Null(fee.ReasonText);
        Assert.Equal(months, fee.Months);
        Assert.Equal(7_000m, fee.AnnualFee);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), fee.Amount);
        Assert.Equal(new InvoicePeriod(new DateOnly(2023, month, 1), new DateOnly(2023, 12, 31)), fee.Period);
    }

    [Theory]
    [InlineData(15_000, 5, "2333.33")]
    [InlineData(15_001, 5, "3333.33")]
    [InlineData(25_000, 5, "3333.33")]
    [InlineData(25_001, 5, "4666.67")]
    [InlineData(50_000, 5, "4666.67")]
    [InlineData(50_001, 5, "6666.67")]
    [InlineData(15_000, 12, "291.67")]
    [InlineData(15_001, 12, "416.67")]
    [InlineData(50_001, 12, "833.33")]
    [InlineData(15_000, 2, "3208.33")]
    [InlineData(25_000, 2, "4583.33")]
    [InlineData(50_001, 2, "9166.67")]
    [InlineData(269_597, 1, "10000.00")]
    public void Every_tier_boundary_pro_rated(int inhabitants, int goLiveMonth, string amount)
    {
        var fee = Calculate(2024, inhabitants, new DateOnly(2024, goLiveMonth, 1));

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), fee.Amount);
    }

    [Theory]
    [InlineData(2023, 5, 31, 8)]
    [InlineData(2023, 12, 31, 1)]
    [InlineData(2024, 2, 29, 11)]
    [InlineData(2023, 5, 1, 8)]
    public void Go_live_on_the_first_or_last_day_of_a_month_counts_that_month(int year, int month, int day, int months)
    {
        var fee = Calculate(year, 10_000, new DateOnly(year, month, day));

        Assert.Equal(months, fee.Months);
        Assert.Equal(new DateOnly(year, month, 1), fee.Period!.Start);
    }

    [Theory]
    [InlineData(2019, 9, 1)]
    [InlineData(2022, 12, 31)]
    public void Go_live_before_2023_makes_2023_a_full_year(int year, int month, int day)
    {
        var goLive = new DateOnly(year, month, day);

        var fee = Calculate(2023, 269_597, goLive);

        Assert.True(fee.Due);
        Assert.Equal(12, fee.Months);
        Assert.Equal(10_000m, fee.Amount);
        Assert.Equal("1 januari 2023 – 31 december 2023", fee.Period!.ToString());
        Assert.Equal(NotDueReason.BeforeFirstBillableYear, Calculate(2022, 269_597, goLive).Reason);
        Assert.Equal(NotDueReason.BeforeFirstBillableYear, Calculate(year, 269_597, goLive).Reason);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2031)]
    public void Following_years_are_full_years(int year)
    {
        var fee = Calculate(year, 20_000, new DateOnly(2023, 11, 20));

        Assert.Equal(12, fee.Months);
        Assert.Equal(5_000m, fee.Amount);
        Assert.Equal(new InvoicePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), fee.Period);
    }

    [Fact]
    public void Store_dates_in_different_months_count_from_the_later_one()
    {
        var goLive = GoLive.From(appStore: new DateOnly(2023, 4, 28), playStore: new DateOnly(2023, 5, 2));

        Assert.Equal(new DateOnly(2023, 5, 2), goLive);
        Assert.Equal(goLive, GoLive.From(new DateOnly(2023, 5, 2), new DateOnly(2023, 4, 28)));
        Assert.Equal(4_666.67m, Calculate(2023, 32_000, goLive).Amount);
    }

    [Fact]
    public void Stores_across_a_year_boundary_move_the_first_invoice_to_the_next_year()
    {
        var goLive = GoLive.From(new DateOnly(2023, 12, 30), new DateOnly(2024, 1, 3));

        Assert.Equal(NotDueReason.BeforeGoLive, Calculate(2023, 32_000, goLive).Reason);
        var fee = Calculate(2024, 32_000, goLive);
        Assert.Equal(12, fee.Months);
        Assert.Equal(7_000m, fee.Amount);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Not_live_until_both_stores_publish(bool apple, bool google)
    {
        var goLive = GoLive.From(apple ? new DateOnly(2023, 3, 1) : null, google ? new DateOnly(2023, 3, 1) : null);

        Assert.Null(goLive);
        var fee = Calculate(2023, 32_000, goLive);
        Assert.False(fee.Due);
        Assert.Equal(NotDueReason.NotLive, fee.Reason);
        Assert.Equal(0m, fee.Amount);
        Assert.Null(fee.Period);
    }

    [Theory]
    [InlineData(2025, 30_000, 7_000)]
    [InlineData(2026, 30_000, 8_000)]
    [InlineData(2027, 30_000, 8_000)]
    [InlineData(2026, 60_000, 12_000)]
    public void A_new_price_list_applies_from_its_effective_year(int year, int inhabitants, int amount)
    {
        var prices = Prices.With(PriceListTests.Version2026());

        Assert.Equal(amount, Calculate(year, inhabitants, new DateOnly(2023, 2, 1), prices: prices).Amount);
    }

    [Fact]
    public void Tier_follows_the_count_of_each_year()
    {
        var goLive = new DateOnly(2023, 9, 4);

        Assert.Equal(2, Calculate(2024, 24_990, goLive).Tier!.Number);
        Assert.Equal(3, Calculate(2025, 25_010, goLive).Tier!.Number);
        Assert.Equal(7_000m, Calculate(2025, 25_010, goLive).Amount);
    }
}
