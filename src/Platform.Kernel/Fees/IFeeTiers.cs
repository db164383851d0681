namespace Platform.Kernel.Fees;

/// <summary>The fee tiers in force in a year (Billing's price list), for modules that show what a population figure
/// does to a fee (the Tenants population import). Implemented by the Billing module.</summary>
public interface IFeeTiers
{
    /// <summary>The tiers of the price list in force on 1 January of <paramref name="year"/>; empty before the first billable year.</summary>
    Task<IReadOnlyList<FeeTier>> ForYearAsync(int year, CancellationToken cancellationToken = default);
}

/// <param name="Name">Dutch label, e.g. <c>Schijf 2: 15.001 – 25.000 inwoners</c>.</param>
/// <param name="To">Null for the open-ended last tier.</param>
public sealed record FeeTier(int Number, string Name, int From, int? To, decimal AnnualFee)
{
    public bool Contains(int inhabitants) => inhabitants >= From && (To is null || inhabitants <= To);

    public static FeeTier? Find(IReadOnlyList<FeeTier> tiers, int? inhabitants) =>
        inhabitants is { } n ? tiers.FirstOrDefault(t => t.Contains(n)) : null;
}
