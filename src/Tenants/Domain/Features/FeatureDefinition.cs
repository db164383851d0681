namespace Tenants.Domain.Features;

/// <summary>A feature of the app. <see cref="Key"/> is stable (stored, and read by the app); name and
/// description are Dutch, from the contract. <see cref="SettingsType"/> implements <see cref="IFeatureSettings"/>,
/// null for core features, which have no settings.</summary>
internal sealed record FeatureDefinition(string Key, string Name, string Description, FeatureKind Kind, Type? SettingsType)
{
    public bool IsCore => Kind == FeatureKind.Core;
}
