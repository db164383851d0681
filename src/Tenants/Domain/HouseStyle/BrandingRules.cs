namespace Tenants.Domain.HouseStyle;

/// <summary>What a house style must satisfy before the app may use it (WCAG 2.1 AA, app-store name limits).</summary>
internal static class BrandingRules
{
    public const int AppNameMaxLength = 30; // App Store and Play Store cap an app name at 30 characters.
    public const int AppNameMinLength = 2;

    /// <summary>Every place the app draws text or icons on a colour of the house style. Links and highlighted
    /// text use the primary colour on the background, so that pair is text too and needs 4.5:1.</summary>
    public static readonly IReadOnlyList<ColorPair> Pairs =
    [
        new("text", "Tekst op achtergrond", b => b.Text, b => b.Background),
        new("textOnPrimary", "Tekst op primaire kleur", b => b.TextOnPrimary, b => b.Primary),
        new("textOnSecondary", "Tekst op secundaire kleur", b => b.TextOnSecondary, b => b.Secondary),
        new("textOnAccent", "Tekst op accentkleur", b => b.TextOnAccent, b => b.Accent),
        new("primary", "Primaire kleur (links) op achtergrond", b => b.Primary, b => b.Background),
    ];

    public static IReadOnlyList<ValidationError> Validate(Branding branding)
    {
        var errors = new ValidationErrors();
        errors.Check("appName", CheckAppName(branding.AppName));

        foreach (var pair in Pairs)
        {
            var ratio = ContrastRatio.Between(pair.Foreground(branding), pair.Background(branding));
            if (!ratio.Meets(ContrastRatio.AaNormalText))
                errors.Add(pair.Field,
                    $"{pair.Name}: contrast {ratio}, minimaal {ContrastRatio.Format(ContrastRatio.AaNormalText)}:1 vereist.");
        }
        return errors.All;
    }

    private static string? CheckAppName(string? name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0) return "Vul de naam van de app in.";
        if (text.Length < AppNameMinLength || text.Length > AppNameMaxLength)
            return $"De naam van de app telt {AppNameMinLength} tot {AppNameMaxLength} tekens, niet {text.Length}.";
        if (text.Any(char.IsControl)) return "De naam van de app bevat ongeldige tekens.";
        return null;
    }

    /// <summary>The ratios of all pairs, for showing next to a colour picker.</summary>
    public static IReadOnlyList<(ColorPair Pair, ContrastRatio Ratio)> Ratios(Branding branding) =>
        [.. Pairs.Select(p => (p, ContrastRatio.Between(p.Foreground(branding), p.Background(branding))))];
}
