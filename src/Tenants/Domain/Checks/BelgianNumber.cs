using System.Globalization;

namespace Tenants.Domain.Checks;

/// <summary>Whole numbers as people in Belgium type them: <c>89000</c>, <c>89.000</c>, <c>89 000</c> (also with a
/// non-breaking space). Anything else is refused with a message naming the field, never dropped.</summary>
internal static class BelgianNumber
{
    public static (int? Value, string? Error) Parse(string? input, string label, bool required = true)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0) return (null, required ? $"{label} is verplicht." : null);
        var groups = text.Split(['.', ' ', '\u00A0', '\u202F']);
        var wellFormed = groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit))
            && (groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3)));
        if (!wellFormed || !int.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return (null, $"{label}: \"{Shorten(text)}\" is geen geheel getal. Schrijf bijvoorbeeld 89000, 89.000 of 89 000 (zonder komma).");
        return (value, null);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
