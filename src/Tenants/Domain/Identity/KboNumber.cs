using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tenants.Domain.Identity;

/// <summary>
/// Belgian enterprise number (ondernemingsnummer) from the Crossroads Bank for Enterprises (KBO): ten digits,
/// starting with 0 or 1, the last two being <c>97 - (first eight mod 97)</c>. Shown as <c>0207.451.227</c>.
/// </summary>
/// <remarks>
/// Input may carry dots, spaces, hyphens or slashes and a leading <c>BE</c> (the VAT form). A nine-digit
/// number is the pre-2003 form and gets its leading 0 back, as the KBO itself did when it was introduced.
/// Establishment unit numbers (vestigingseenheden, starting 2–8) pass the same check but are not enterprises,
/// so they are refused.
/// </remarks>
[JsonConverter(typeof(KboNumberJsonConverter))]
internal readonly record struct KboNumber
{
    private KboNumber(string digits) => Digits = digits;

    /// <summary>The ten digits, no separators: <c>0207451227</c>.</summary>
    public string Digits { get; }

    public override string ToString() =>
        Digits is null ? "" : $"{Digits[..4]}.{Digits[4..7]}.{Digits[7..]}";

    public static KboNumber Parse(string? input) =>
        TryParse(input, out var number, out var error) ? number : throw new FormatException(error);

    public static bool TryParse(string? input, out KboNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        error = Check(input, out var digits);
        if (error is not null) return false;
        number = new KboNumber(digits!);
        return true;
    }

    private static string? Check(string? input, out string? digits)
    {
        digits = null;
        if (string.IsNullOrWhiteSpace(input)) return "Vul het ondernemingsnummer in.";

        var text = input.Trim();
        if (text.StartsWith("BE", StringComparison.OrdinalIgnoreCase)) text = text[2..];

        Span<char> buffer = stackalloc char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) buffer[count++] = c;
            else if (c is not ('.' or ' ' or '-' or '/')) return "Een ondernemingsnummer bevat enkel cijfers (en eventueel punten of spaties).";
        }

        var value = new string(buffer[..count]);
        if (value.Length == 9) value = "0" + value;
        if (value.Length != 10) return $"Een ondernemingsnummer heeft 10 cijfers, niet {count}.";
        if (value[0] is not ('0' or '1'))
            return "Een ondernemingsnummer begint met 0 of 1; dit lijkt een vestigingsnummer.";

        var body = long.Parse(value.AsSpan(0, 8));
        var check = int.Parse(value.AsSpan(8, 2));
        if (97 - body % 97 != check) return "Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet.";

        digits = value;
        return null;
    }
}

internal sealed class KboNumberJsonConverter : JsonConverter<KboNumber>
{
    public override KboNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KboNumber.TryParse(reader.GetString(), out var number, out var error) ? number : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, KboNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
