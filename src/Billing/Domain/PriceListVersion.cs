namespace Billing.Domain;

/// <summary>The fee table in force from 1 January of <see cref="EffectiveYear"/> until a later version takes over.</summary>
internal sealed record PriceListVersion
{
    public PriceListVersion(int effectiveYear, IEnumerable<PriceTier> tiers)
    {
        EffectiveYear = effectiveYear;
        Tiers = [.. tiers.OrderBy(t => t.From)];
        EnsureCoversEveryCount(Tiers);
    }

    public int EffectiveYear { get; }

    public IReadOnlyList<PriceTier> Tiers { get; }

    public PriceTier TierFor(int inhabitants)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inhabitants);
        return Tiers.First(t => t.Contains(inhabitants));
    }

    public bool Equals(PriceListVersion? other) =>
        other is not null && EffectiveYear == other.EffectiveYear && Tiers.SequenceEqual(other.Tiers);

    public override int GetHashCode() => HashCode.Combine(EffectiveYear, Tiers.Count);

    // Every count from 0 upwards must land in exactly one tier, or a municipality could fall through the table.
    private static void EnsureCoversEveryCount(IReadOnlyList<PriceTier> tiers)
    {
        if (tiers.Count == 0)
            throw new ArgumentException("A price list version needs at least one tier.", nameof(tiers));
        if (tiers[0].From != 0)
            throw new ArgumentException("The first tier must start at 0 inhabitants.", nameof(tiers));
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            if (tier.Number != i + 1)
                throw new ArgumentException($"Tiers must be numbered 1..{tiers.Count} in order.", nameof(tiers));
            if (tier.AnnualFee < 0)
                throw new ArgumentException("A tier's annual fee cannot be negative.", nameof(tiers));
            var last = i == tiers.Count - 1;
            if (last != tier.To is null)
                throw new ArgumentException("Only the last tier is open-ended.", nameof(tiers));
            if (!last && (tier.To < tier.From || tiers[i + 1].From != tier.To + 1))
                throw new ArgumentException("Tiers must follow each other without gaps or overlaps.", nameof(tiers));
        }
    }
}
