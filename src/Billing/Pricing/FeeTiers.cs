using Billing.Domain;
using Billing.Persistence;
using Platform.Kernel.Fees;

namespace Billing.Pricing;

/// <summary>The price list's tiers for other modules (kernel contract), read from the same store the invoice runs use.</summary>
internal sealed class FeeTiers(BillingDbContext db) : IFeeTiers
{
    public async Task<IReadOnlyList<FeeTier>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        if (year < PriceList.FirstBillableYear) return [];
        var version = (await new PriceListStore(db).LoadAsync(cancellationToken)).For(year);
        return [.. version.Tiers.Select(t => new FeeTier(t.Number, t.Name, t.From, t.To, t.AnnualFee))];
    }
}
