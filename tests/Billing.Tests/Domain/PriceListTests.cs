using Billing.Domain;

namespace Billing.Tests.Domain;

public class PriceListTests
{
    private readonly PriceList prices = PriceList.Default();

    [Theory]
    [InlineData(0, 1, 3_500)]
    [InlineData(1, 1, 3_500)]
    [InlineData(15_000, 1, 3_500)]
    [InlineData(15_001, 2, 5_000)]
    [InlineData(20_000, 2, 5_000)]
    [InlineData(25_000, 2, 5_000)]
    [InlineData(25_001, 3, 7_000)]
    [InlineData(50_000, 3, 7_000)]
    [InlineData(50_001, 4, 10_000)]
    [InlineData(269_597, 4, 10_000)] // Gent 2023, the contract's own example
    [InlineData(int.MaxValue, 4, 10_000)]
    public void Contract_tiers_put_a_count_on_a_boundary_in_the_lower_tier(int inhabitants, int tier, int annualFee)
    {
        var found = prices.For(2023).TierFor(inhabitants);

        Assert.Equal(tier, found.Number);
        Assert.Equal(annualFee, found.AnnualFee);
    }

    [Theory]
    [InlineData(1, "Schijf 1: tot en met 15.000 inwoners")]
    [InlineData(2, "Schijf 2: 15.001 – 25.000 inwoners")]
    [InlineData(3, "Schijf 3: 25.001 – 50.000 inwoners")]
    [InlineData(4, "Schijf 4: meer dan 50.000 inwoners")]
    public void Tiers_have_Dutch_names(int number, string name)
    {
        Assert.Equal(name, prices.For(2023).Tiers[number - 1].Name);
    }

    [Fact]
    public void Negative_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => prices.For(2023).TierFor(-1));
    }

    [Theory]
    [InlineData(2023, 2023)]
    [InlineData(2025, 2023)]
    [InlineData(2026, 2026)]
    [InlineData(2040, 2026)]
    public void For_returns_the_version_in_force_that_year(int year, int effectiveYear)
    {
        var changed = prices.With(Version2026());

        Assert.Equal(effectiveYear, changed.For(year).EffectiveYear);
    }

    [Fact]
    public void No_version_before_the_first_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => prices.For(2022));
    }

    [Fact]
    public void With_leaves_the_original_list_alone()
    {
        _ = prices.With(Version2026());

        Assert.Single(prices.Versions);
    }

    [Fact]
    public void Two_versions_in_the_same_year_are_refused()
    {
        Assert.Throws<ArgumentException>(() => prices.With(new PriceListVersion(2023, PriceList.Contract2023.Tiers)));
    }

    [Fact]
    public void Empty_list_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PriceList([]));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("does not start at 0")]
    [InlineData("gap")]
    [InlineData("overlap")]
    [InlineData("last tier closed")]
    [InlineData("open tier in the middle")]
    [InlineData("numbering")]
    [InlineData("negative fee")]
    [InlineData("upper below lower")]
    public void A_table_that_lets_a_count_fall_through_is_refused(string broken)
    {
        PriceTier[] tiers = broken switch
        {
            "empty" => [],
            "does not start at 0" => [new(1, 1, 10, 1m), new(2, 11, null, 2m)],
            "gap" => [new(1, 0, 10, 1m), new(2, 12, null, 2m)],
            "overlap" => [new(1, 0, 10, 1m), new(2, 10, null, 2m)],
            "last tier closed" => [new(1, 0, 10, 1m), new(2, 11, 20, 2m)],
            "open tier in the middle" => [new(1, 0, null, 1m), new(2, 11, null, 2m)],
            "numbering" => [new(1, 0, 10, 1m), new(3, 11, null, 2m)],
            "negative fee" => [new(1, 0, 10, -1m), new(2, 11, null, 2m)],
            "upper below lower" => [new(1, 0, 10, 1m), new(2, 11, 10, 2m), new(3, 11, null, 3m)],
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        Assert.Throws<ArgumentException>(() => new PriceListVersion(2030, tiers));
    }

    [Fact]
    public void A_sound_custom_table_is_accepted_in_any_order()
    {
        var version = new PriceListVersion(2030, [new(2, 11, null, 2m), new(1, 0, 10, 1m)]);

        Assert.Equal(2m, version.TierFor(11).AnnualFee);
        Assert.Equal(1m, version.TierFor(10).AnnualFee);
    }

    internal static PriceListVersion Version2026() => new(2026,
    [
        new PriceTier(1, 0, 15_000, 4_000m),
        new PriceTier(2, 15_001, 25_000, 6_000m),
        new PriceTier(3, 25_001, 50_000, 8_000m),
        new PriceTier(4, 50_001, null, 12_000m),
    ]);
}
