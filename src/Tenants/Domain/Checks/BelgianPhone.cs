using System.Diagnostics.CodeAnalysis;

namespace Tenants.Domain.Checks;

/// <summary>A Belgian phone number as people write it (<c>09 210 10 10</c>, <c>+32 470 12 34 56</c>,
/// <c>0032 (0)9/210.10.10</c>, <c>0800 12 345</c>), normalised to E.164 for dialling and shown in the usual
/// national grouping. Short numbers such as 1700 are not accepted: they cannot be dialled from abroad.</summary>
internal sealed record BelgianPhone(string E164, string Display)
{
    public static bool TryParse(string? input, [NotNullWhen(true)] out BelgianPhone? phone, [NotNullWhen(false)] out string? error)
    {
        phone = null;
        error = null;
        var text = new string((input ?? "").Where(c => c is not (' ' or '.' or '/' or '-' or '(' or ')')).ToArray());

        string? national = text switch
        {
            _ when text.StartsWith("+32", StringComparison.Ordinal) => text[3..],
            _ when text.StartsWith("0032", StringComparison.Ordinal) => text[4..],
            _ when text.StartsWith('0') => text[1..],
            _ => null,
        };
        if (national is not null && national.StartsWith('0')) national = national[1..]; // "+32 (0)9 …"

        if (national is null || national.Length == 0 || !national.All(char.IsAsciiDigit) || national[0] == '0'
            || !(national.Length == 8 || (national.Length == 9 && national[0] == '4')))
        {
            error = string.IsNullOrWhiteSpace(input)
                ? "Het telefoonnummer is verplicht."
                : $"\"{input.Trim()}\" is geen Belgisch telefoonnummer (bijvoorbeeld 09 210 10 10 of +32 470 12 34 56).";
            return false;
        }

        phone = new BelgianPhone("+32" + national, "0" + Group(national));
        return true;
    }

    private static string Group(string n) => n switch
    {
        { Length: 9 } => $"{n[..3]} {n[3..5]} {n[5..7]} {n[7..]}",         // 0470 12 34 56
        _ when n.StartsWith("80", StringComparison.Ordinal) || n.StartsWith("90", StringComparison.Ordinal) => $"{n[..3]} {n[3..5]} {n[5..]}", // 0800 12 345
        _ when n[0] is '2' or '3' or '4' or '9' => $"{n[..1]} {n[1..4]} {n[4..6]} {n[6..]}", // 09 210 10 10
        _ => $"{n[..2]} {n[2..4]} {n[4..6]} {n[6..]}",                       // 050 12 34 56
    };
}
