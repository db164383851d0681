using Microsoft.EntityFrameworkCore;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.Catalogue;

/// <summary>Reads the platform's current offer: every catalogue feature with its availability.</summary>
internal static class FeatureOffer
{
    public static async Task<IReadOnlyDictionary<string, FeatureAvailability>> ReadAsync(TenantsDbContext db, CancellationToken ct = default)
    {
        var stored = await db.FeatureAvailability.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Availability, ct);
        return FeatureCatalogue.All.ToDictionary(f => f.Key, f => stored.GetValueOrDefault(f.Key, FeatureAvailability.Available));
    }
}
