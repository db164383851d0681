namespace Billing.Domain;

/// <summary>All fee tables ever agreed, each taking effect on 1 January of its year.</summary>
internal sealed class PriceList
{
    public const int FirstBillableYear = 2023;

    public PriceList(IEnumerable<PriceListVersion> versions)
    {
        Versions = [.. versions.OrderBy(v => v.EffectiveYear)];
        if (Versions.Count == 0)
            throw new ArgumentException("A price list needs at least one version.", nameof(versions));
        if (Versions.Select(v => v.EffectiveYear).Distinct().Count() != Versions.Count)
            throw new ArgumentException("Two price list versions take effect in the same year.", nameof(versions));
    }

    public IReadOnlyList<PriceListVersion> Versions { get; }

    /// <summary>The contract's table (bijlage 2), in force from 2023.</summary>
    public static PriceList Default() => new([Contract2023]);

    public static PriceListVersion Contract2023 { get; } = new(FirstBillableYear,
    [
        new PriceTier(1, 0, 15_000, 3_500m),
        new PriceTier(2, 15_001, 25_000, 5_000m),
        new PriceTier(3, 25_001, 50_000, 7_000m),
        new PriceTier(4, 50_001, null, 10_000m),
    ]);

    public PriceListVersion For(int year) =>
        Versions.LastOrDefault(v => v.EffectiveYear <= year)
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"No price list is in force in {year}.");

    /// <summary>A new list with <paramref name="version"/> added, e.g. after a price change at a tacit renewal.</summary>
    public PriceList With(PriceListVersion version) => new([.. Versions, version]);
}
