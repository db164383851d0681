using System.Text.Json;
using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Billing.Pricing;

/// <summary>The price list as data: the contract's 2023 table plus every later version entered by finance.</summary>
internal sealed class PriceListStore(BillingDbContext db)
{
    public async Task<PriceList> LoadAsync(CancellationToken ct)
    {
        var entries = await db.PriceList.AsNoTracking().OrderBy(p => p.EffectiveYear).ToListAsync(ct);
        var versions = entries.Select(ToVersion).ToList();
        if (versions.All(v => v.EffectiveYear != PriceList.FirstBillableYear))
            versions.Insert(0, PriceList.Contract2023);
        return new PriceList(versions);
    }

    public static PriceListVersion ToVersion(PriceListEntry entry) =>
        new(entry.EffectiveYear, JsonSerializer.Deserialize<List<TierData>>(entry.TiersJson, JsonSerializerOptions.Web)!
            .Select(t => new PriceTier(t.Number, t.From, t.To, t.AnnualFee)));

    public static string ToJson(PriceListVersion version) =>
        JsonSerializer.Serialize(version.Tiers.Select(t => new TierData(t.Number, t.From, t.To, t.AnnualFee)), JsonSerializerOptions.Web);

    private sealed record TierData(int Number, int From, int? To, decimal AnnualFee);
}
