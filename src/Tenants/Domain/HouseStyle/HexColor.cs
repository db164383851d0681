using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tenants.Domain.HouseStyle;

/// <summary>An opaque sRGB colour written <c>#RRGGBB</c> (or the short <c>#RGB</c>); always shown as <c>#RRGGBB</c>
/// in upper case. Transparency is not accepted: contrast is only meaningful for opaque colours.</summary>
[JsonConverter(typeof(HexColorJsonConverter))]
internal readonly record struct HexColor(byte R, byte G, byte B)
{
    public static readonly HexColor Black = new(0, 0, 0);
    public static readonly HexColor White = new(255, 255, 255);

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";

    public static HexColor Parse(string? input) =>
        TryParse(input, out var color, out var error) ? color : throw new FormatException(error);

    public static bool TryParse(string? input, out HexColor color, [NotNullWhen(false)] out string? error)
    {
        color = default;
        error = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Vul een kleur in, bijvoorbeeld #1A4F8B.";
            return false;
        }

        var hex = text.StartsWith('#') ? text[1..] : "";
        if (hex.Length is not (3 or 6) || !hex.All(char.IsAsciiHexDigit))
        {
            error = $"\"{text}\" is geen kleur: gebruik #RRGGBB of #RGB, bijvoorbeeld #1A4F8B.";
            return false;
        }

        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        color = new HexColor(Byte(hex, 0), Byte(hex, 2), Byte(hex, 4));
        return true;
    }

    private static byte Byte(string hex, int at) => byte.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber);

    /// <summary>WCAG 2.x relative luminance: sRGB channels linearised, weighted 0.2126 / 0.7152 / 0.0722.</summary>
    public double RelativeLuminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    // WCAG 2.0 printed 0.03928 as the threshold; sRGB says 0.04045. No 8-bit value falls between the two.
    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}

internal sealed class HexColorJsonConverter : JsonConverter<HexColor>
{
    public override HexColor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        HexColor.TryParse(reader.GetString(), out var color, out var error) ? color : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, HexColor value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
