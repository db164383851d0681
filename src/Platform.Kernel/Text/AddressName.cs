namespace Platform.Kernel.Text;

/// <summary>
/// The one rule for a short name that goes into web addresses, in every module (a tenant's <c>gent</c>, a status product's
/// <c>mijn-burgerprofiel</c>): a–z, 0–9 and single hyphens, not starting or ending with a hyphen, within the caller's
/// length bounds. Input is trimmed and lower-cased; anything else is refused, not repaired. Messages are Dutch and call
/// it an "adresnaam", as the pages do.
/// </summary>
public static class AddressName
{
    /// <summary>What the name is compared and stored as: trimmed and lower-cased ("" for nothing).</summary>
    public static string Normalize(string? input) => input?.Trim().ToLowerInvariant() ?? "";

    /// <summary>The Dutch reason <paramref name="name"/> (already <see cref="Normalize"/>d) is refused, or null.</summary>
    public static string? Check(string name, int minLength, int maxLength)
    {
        if (name.Length == 0) return "Vul een adresnaam in (de korte naam in webadressen).";
        if (name.Length < minLength || name.Length > maxLength)
            return $"Een adresnaam telt {minLength} tot {maxLength} tekens, niet {name.Length}.";
        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            return "Een adresnaam bevat enkel kleine letters a-z, cijfers en koppeltekens (geen spaties of accenten).";
        if (name[0] == '-' || name[^1] == '-') return "Een adresnaam begint en eindigt niet met een koppelteken.";
        // "xn--" labels are punycode; forbidding doubled hyphens keeps names from ever looking like one.
        if (name.Contains("--", StringComparison.Ordinal)) return "Een adresnaam bevat geen twee koppeltekens na elkaar.";
        return null;
    }
}
