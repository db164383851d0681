using Tenants.Domain.Features;

namespace Tenants.AppConfig;

/// <summary>A readable (Dutch) list of what changed between two configuration documents, for the history.</summary>
internal static class ConfigDiff
{
    public static IReadOnlyList<string> Describe(ConfigDocument? before, ConfigDocument after)
    {
        if (before is null) return ["Eerste versie."];
        var changes = new List<string>();
        if (before.Branding.AppName != after.Branding.AppName)
            changes.Add($"Naam van de app: \"{before.Branding.AppName}\" → \"{after.Branding.AppName}\"");
        foreach (var (field, label) in BrandingDocument.Fields)
        {
            var (a, b) = (before.Branding.Color(field), after.Branding.Color(field));
            if (!string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) changes.Add($"{label}: {a} → {b}");
        }
        if (before.Logo?.Hash != after.Logo?.Hash)
            changes.Add(after.Logo is null ? "Logo verwijderd" : before.Logo is null ? "Logo toegevoegd" : "Logo vervangen");

        foreach (var feature in FeatureCatalogue.AdditionalFeatures)
        {
            var (a, b) = (before.Feature(feature.Key), after.Feature(feature.Key));
            if (a is null && b is not null) changes.Add($"Functie \"{feature.Name}\" aangezet");
            else if (a is not null && b is null) changes.Add($"Functie \"{feature.Name}\" uitgezet");
            else if (a is not null && b is not null && a.SettingsJson != b.SettingsJson)
                changes.Add($"Instellingen van \"{feature.Name}\" gewijzigd");
        }
        return changes.Count == 0 ? ["Geen wijzigingen ten opzichte van de vorige versie."] : changes;
    }
}
