namespace Platform.Kernel.Tenancy;

/// <summary>Which app features exist and which a tenant's published app shows. Implemented by the Tenants module;
/// the status page reads it to show a city only the components behind its app.</summary>
public interface IPublishedAppFeatures
{
    /// <summary>Every feature the app can have (key and Dutch name), in catalogue order.</summary>
    IReadOnlyList<AppFeature> Catalogue { get; }

    /// <summary>The keys of the features the tenant's published app shows; null while it has published nothing.</summary>
    ValueTask<IReadOnlyList<string>?> FeatureKeysAsync(TenantInfo tenant, CancellationToken cancellationToken = default);
}

public sealed record AppFeature(string Key, string Name);
