using System.Text.RegularExpressions;
using Billing.Domain;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>Finds structured communications in free text: <c>+++…+++</c>, <c>***…***</c>, <c>123/4567/89012</c> or 12 digits.</summary>
internal static partial class OgmFinder
{
    /// <returns>The distinct candidates, those with valid check digits and those without.</returns>
    public static (IReadOnlyList<StructuredCommunication> Valid, IReadOnlyList<string> Invalid) Find(string? text)
    {
        var valid = new List<StructuredCommunication>();
        var invalid = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
            return (valid, invalid);
        var digits = Candidates().Matches(text)
            .Select(m => string.Concat(m.Groups["a"].Value, m.Groups["b"].Value, m.Groups["c"].Value, m.Groups["d"].Value))
            .Distinct();
        foreach (var d in digits)
        {
            if (StructuredCommunication.TryParse(d, out var ogm))
                valid.Add(ogm);
            else
                invalid.Add(d);
        }
        return (valid, invalid);
    }

    /// <summary>A <c>CdtrRefInf/Ref</c> reduced to digits when it is an OGM in any usual notation; null otherwise (e.g. an RF reference).</summary>
    public static string? Digits(string? reference)
    {
        if (reference is null)
            return null;
        var s = new string(reference.Where(c => c is not (' ' or '+' or '*' or '/')).ToArray());
        return s.Length == 12 && s.All(char.IsAsciiDigit) ? s : null;
    }

    [GeneratedRegex(@"(?:\+{3}|\*{3})\s*(?<a>\d{3})\s*/?\s*(?<b>\d{4})\s*/?\s*(?<c>\d{5})\s*(?:\+{3}|\*{3})|(?<![\d/])(?<a>\d{3})/(?<b>\d{4})/(?<c>\d{5})(?![\d/])|(?<!\d)(?<d>\d{12})(?!\d)")]
    private static partial Regex Candidates();
}
