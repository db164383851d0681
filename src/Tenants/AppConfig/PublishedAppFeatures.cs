using System.Text.Json;
using Platform.Kernel.Tenancy;
using Tenants.Domain.Features;

namespace Tenants.AppConfig;

/// <summary>Reads the features from the published configuration the app itself gets (cached), so what other modules
/// see is exactly what the app shows.</summary>
internal sealed class PublishedAppFeatures(AppConfigCache cache) : IPublishedAppFeatures
{
    public IReadOnlyList<AppFeature> Catalogue { get; } = FeatureCatalogue.All.Select(f => new AppFeature(f.Key, f.Name)).ToList();

    public async ValueTask<IReadOnlyList<string>?> FeatureKeysAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        if (await cache.GetAsync(tenant, cancellationToken) is not { } config) return null;
        using var json = JsonDocument.Parse(config.Json);
        return json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToList();
    }
}
