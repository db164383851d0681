using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tenants.Domain.Features;

/// <summary>Settings are stored per tenant and feature as camelCase JSON; the feature key says which type to read.
/// Unknown properties are ignored so settings stored before a field was removed still load.</summary>
internal static class FeatureSettingsJson
{
    /// <summary>Web defaults (camelCase, case-insensitive reading); relaxed escaping keeps "+32" and "é" readable
    /// in the database. The JSON is never inlined into HTML.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IFeatureSettings settings) =>
        JsonSerializer.Serialize(settings, settings.GetType(), Options);

    /// <summary>The app's view of the settings (<see cref="IFeatureSettings.PublicView"/>) as JSON.</summary>
    public static string SerializePublic(IFeatureSettings settings)
    {
        var view = settings.PublicView();
        return JsonSerializer.Serialize(view, view.GetType(), Options);
    }

    public static IFeatureSettings Deserialize(string featureKey, string json) =>
        TryDeserialize(featureKey, json, out var settings, out var error) ? settings : throw new JsonException(error);

    public static bool TryDeserialize(string featureKey, string json,
        [NotNullWhen(true)] out IFeatureSettings? settings, [NotNullWhen(false)] out string? error)
    {
        settings = null;
        var feature = FeatureCatalogue.Find(featureKey);
        error = feature switch
        {
            null => $"Onbekende functie \"{featureKey}\".",
            { SettingsType: null } => $"\"{feature.Name}\" heeft geen instellingen.",
            _ => null,
        };
        if (error is not null) return false;

        try
        {
            settings = JsonSerializer.Deserialize(json, feature!.SettingsType!, Options) as IFeatureSettings;
            error = settings is null ? "De instellingen ontbreken." : null;
        }
        catch (JsonException e)
        {
            error = e.Path is { Length: > 1 }
                ? $"De instellingen kunnen niet gelezen worden (bij {e.Path.TrimStart('$', '.')})."
                : "De instellingen zijn geen geldige JSON.";
        }
        return error is null;
    }
}
