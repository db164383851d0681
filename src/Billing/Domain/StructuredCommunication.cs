using System.Diagnostics.CodeAnalysis;

namespace Billing.Domain;

/// <summary>Belgian structured communication (OGM/VCS): 10 digits and 2 check digits, shown <c>+++123/4567/89012+++</c>.</summary>
internal readonly record struct StructuredCommunication
{
    public const long MaxBase = 9_999_999_999;

    private StructuredCommunication(long baseNumber) => Base = baseNumber;

    /// <summary>The 10 digits before the check digits.</summary>
    public long Base { get; }

    public int CheckDigits => CheckDigitsFor(Base);

    /// <summary>The 12 digits without decoration, as in camt.053 <c>CdtrRefInf/Ref</c>.</summary>
    public string Plain => $"{Base:D10}{CheckDigits:D2}";

    public static StructuredCommunication FromBase(long baseNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baseNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baseNumber, MaxBase);
        return new(baseNumber);
    }

    /// <summary>Base <c>yyyy</c> + 6-digit sequence, so unique per invoice for up to 999 999 invoices a year.</summary>
    public static StructuredCommunication FromInvoice(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999_999);
        return new(year * 1_000_000L + sequence);
    }

    public static int CheckDigitsFor(long baseNumber)
    {
        var remainder = (int)(baseNumber % 97);
        return remainder == 0 ? 97 : remainder;
    }

    /// <summary>Accepts <c>+++123/4567/89012+++</c>, the <c>***…***</c> variant, and the 12 plain digits; spaces are ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out StructuredCommunication communication)
    {
        communication = default;
        if (text is null)
            return false;
        var s = text.Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 20 && (Decorated(s, '+') || Decorated(s, '*')))
            s = string.Concat(s.AsSpan(3, 3), s.AsSpan(7, 4), s.AsSpan(12, 5));
        if (s.Length != 12 || !s.All(char.IsAsciiDigit))
            return false;
        var baseNumber = long.Parse(s.AsSpan(0, 10));
        if (int.Parse(s.AsSpan(10, 2)) != CheckDigitsFor(baseNumber))
            return false;
        communication = new(baseNumber);
        return true;
    }

    public static StructuredCommunication Parse(string text) =>
        TryParse(text, out var communication) ? communication : throw new FormatException($"'{text}' is geen geldige gestructureerde mededeling.");

    public static bool IsValid(string? text) => TryParse(text, out _);

    public override string ToString()
    {
        var p = Plain;
        return $"+++{p[..3]}/{p[3..7]}/{p[7..]}+++";
    }

    private static bool Decorated(string s, char c) =>
        s[0] == c && s[1] == c && s[2] == c && s[6] == '/' && s[11] == '/' && s[17] == c && s[18] == c && s[19] == c;
}
