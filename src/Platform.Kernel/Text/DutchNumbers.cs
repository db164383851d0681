using System.Globalization;

namespace Platform.Kernel.Text;

/// <summary>Numbers as people in Belgium type them. Whole numbers: <c>89000</c>, <c>89.000</c>, <c>89 000</c> (also with a
/// (narrow) non-breaking space). Amounts: the same, with a decimal comma (<c>3.500,50</c>) and an optional euro sign.
/// Anything else is refused with a Dutch message naming the field — a typed value is never silently dropped.
/// The one parser for every number field on the pages and in uploaded tables.</summary>
public static class DutchNumbers
{
    private static readonly char[] GroupSeparators = ['.', ' ', '\u00A0', '\u202F'];

    /// <summary>A whole number, or a Dutch message naming <paramref name="label"/> (e.g. "Het aantal inwoners").</summary>
    public static (int? Value, string? Error) Whole(string? input, string label, bool required = true)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0) return (null, required ? $"{label} is verplicht." : null);
        return TryWhole(text, out var value)
            ? (value, null)
            : (null, $"{label}: \"{Shorten(text)}\" is geen geheel getal. Schrijf bijvoorbeeld 89000, 89.000 of 89 000 (zonder komma).");
    }

    /// <summary>True for a whole number with no separators or with groups of three digits after the first.</summary>
    public static bool TryWhole(string? input, out int value)
    {
        value = 0;
        var digits = Digits((input ?? "").Trim());
        return digits is not null && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An amount in euro (at most two decimals), or a Dutch message naming <paramref name="label"/>.</summary>
    public static (decimal? Value, string? Error) Amount(string? input, string label, bool required = true)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0) return (null, required ? $"{label} is verplicht." : null);
        return TryAmount(text, out var value)
            ? (value, null)
            : (null, $"{label}: \"{Shorten(text)}\" is geen bedrag. Schrijf bijvoorbeeld 3500, 3.500 of 3.500,50 (komma voor de centen).");
    }

    public static bool TryAmount(string? input, out decimal value)
    {
        value = 0;
        var text = (input ?? "").Trim();
        if (text.StartsWith('€')) text = text[1..].TrimStart(GroupSeparators[1..]);
        var comma = text.IndexOf(',');
        var whole = comma < 0 ? text : text[..comma];
        var cents = comma < 0 ? "" : text[(comma + 1)..];
        if (comma >= 0 && (cents.Length is 0 or > 2 || !cents.All(char.IsAsciiDigit))) return false;
        var digits = Digits(whole);
        if (digits is null) return false;
        return decimal.TryParse(cents.Length == 0 ? digits : digits + "." + cents, NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    // "89.000" / "89 000" / "89000" → "89000"; a misplaced separator ("89.00", "8.9000", "1,5") → null.
    private static string? Digits(string text)
    {
        if (text.Length == 0) return null;
        var groups = text.Split(GroupSeparators);
        var wellFormed = groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit))
            && (groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3)));
        return wellFormed ? string.Concat(groups) : null;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
