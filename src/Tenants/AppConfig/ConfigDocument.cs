using System.Text.Json;
using Tenants.Domain;
using Tenants.Domain.Features;
using Tenants.Domain.HouseStyle;

namespace Tenants.AppConfig;

/// <summary>What a tenant configures for its app: the draft, and the frozen content of every published version.
/// Stored as JSON; <see cref="Features"/> holds the additional features switched on, with their full settings
/// (internal fields included; the app only ever gets the public view).</summary>
internal sealed record ConfigDocument(BrandingDocument Branding, LogoRef? Logo, IReadOnlyList<FeatureEntry> Features)
{
    public static ConfigDocument Default(string tenantName) => new(BrandingDocument.Default(tenantName), null, []);

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static ConfigDocument FromJson(string json) =>
        JsonSerializer.Deserialize<ConfigDocument>(json, JsonSerializerOptions.Web)
        ?? throw new InvalidDataException("Empty configuration document.");

    public FeatureEntry? Feature(string key) => Features.FirstOrDefault(f => f.Key == key);

    public ConfigDocument WithFeature(string key, string? settingsJson) =>
        this with { Features = [.. Features.Where(f => f.Key != key), new FeatureEntry(key, settingsJson)] };

    public ConfigDocument WithoutFeature(string key) => this with { Features = [.. Features.Where(f => f.Key != key)] };

    /// <summary>Everything that keeps this document from being published.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        if (Branding.TryToBranding(out var branding, out var colorErrors)) errors.AddRange("branding", BrandingRules.Validate(branding));
        else errors.AddRange("branding", colorErrors);
        foreach (var feature in Features)
        {
            if (FeatureCatalogue.Find(feature.Key) is not { IsCore: false } definition)
                errors.Add($"features.{feature.Key}", $"Onbekende functie \"{feature.Key}\".");
            else if (!FeatureSettingsJson.TryDeserialize(definition.Key, feature.SettingsJson ?? "null", out var settings, out var error))
                errors.Add($"features.{feature.Key}", error);
            else errors.AddRange($"features.{feature.Key}", settings.Validate());
        }
        return errors.All;
    }
}

/// <summary>An uploaded logo, addressed by the SHA-256 of its (sanitised) content.</summary>
internal sealed record LogoRef(string Hash, string ContentType)
{
    public string FileName => Hash + (ContentType == "image/png" ? ".png" : ".svg");
}

/// <param name="SettingsJson">The feature's settings as stored (camelCase JSON).</param>
internal sealed record FeatureEntry(string Key, string? SettingsJson);

/// <summary>The house style as entered: colours as <c>#RRGGBB</c> text, checked by <see cref="BrandingRules"/>.</summary>
internal sealed record BrandingDocument(
    string AppName, string Primary, string TextOnPrimary, string Secondary, string TextOnSecondary,
    string Accent, string TextOnAccent, string Background, string Text)
{
    /// <summary>A neutral house style that passes WCAG AA, until the tenant picks its own.</summary>
    public static BrandingDocument Default(string tenantName) => new(
        tenantName.Length <= BrandingRules.AppNameMaxLength ? tenantName : tenantName[..BrandingRules.AppNameMaxLength].TrimEnd(),
        "#1A4F8B", "#FFFFFF", "#FFE615", "#1A1A1A", "#B3003B", "#FFFFFF", "#FFFFFF", "#1A1A1A");

    public static readonly IReadOnlyList<(string Field, string Label)> Fields =
    [
        ("primary", "Primaire kleur"), ("textOnPrimary", "Tekst op primaire kleur"),
        ("secondary", "Secundaire kleur"), ("textOnSecondary", "Tekst op secundaire kleur"),
        ("accent", "Accentkleur"), ("textOnAccent", "Tekst op accentkleur"),
        ("background", "Achtergrond"), ("text", "Tekst"),
    ];

    public string Color(string field) => field switch
    {
        "primary" => Primary, "textOnPrimary" => TextOnPrimary, "secondary" => Secondary, "textOnSecondary" => TextOnSecondary,
        "accent" => Accent, "textOnAccent" => TextOnAccent, "background" => Background, "text" => Text,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public bool TryToBranding(out Branding branding, out IReadOnlyList<ValidationError> errors)
    {
        var found = new ValidationErrors();
        HexColor Read(string field)
        {
            if (HexColor.TryParse(Color(field), out var c, out var error)) return c;
            found.Add(field, error);
            return default;
        }
        branding = new Branding(AppName?.Trim() ?? "", Read("primary"), Read("textOnPrimary"), Read("secondary"), Read("textOnSecondary"),
            Read("accent"), Read("textOnAccent"), Read("background"), Read("text"));
        errors = found.All;
        return found.IsEmpty;
    }

    /// <summary>Colours rewritten as <c>#RRGGBB</c> upper case, the name trimmed; call on valid input only.</summary>
    public BrandingDocument Normalized() => new(AppName.Trim(),
        N(Primary), N(TextOnPrimary), N(Secondary), N(TextOnSecondary), N(Accent), N(TextOnAccent), N(Background), N(Text));

    private static string N(string color) => HexColor.Parse(color).ToString();
}
