using System.Diagnostics.CodeAnalysis;

namespace Tenants.Domain.Identity;

/// <summary>
/// Statbel's NIS code of a municipality: five digits, the first naming the province (1–9; Brussels is 21xxx).
/// Gent is <c>44021</c>. Only the shape is checked: codes change with municipal mergers.
/// </summary>
internal readonly record struct NisCode
{
    private NisCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value ?? "";

    public static bool TryParse(string? input, out NisCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var text = input?.Trim() ?? "";
        error = text switch
        {
            "" => "Vul de NIS-code in.",
            _ when text.Length != 5 || !text.All(char.IsAsciiDigit) => "Een NIS-code bestaat uit precies 5 cijfers.",
            _ when text[0] == '0' => "Een NIS-code begint niet met 0.",
            _ => null,
        };
        if (error is not null) return false;
        code = new NisCode(text);
        return true;
    }
}
