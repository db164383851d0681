using System.Text.RegularExpressions;

namespace Billing.Dunning;

/// <summary>The placeholders finance may use in a reminder text (Dutch names, in braces) and how they are filled in.</summary>
internal static partial class ReminderPlaceholders
{
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>
    {
        ["naam"] = "naam van de ontvanger",
        ["bestuur"] = "naam van het lokaal bestuur",
        ["factuurnummer"] = "factuurnummer",
        ["factuurdatum"] = "factuurdatum",
        ["bedrag"] = "bedrag van de factuur",
        ["openstaand"] = "wat nog open staat",
        ["vervaldag"] = "vervaldatum",
        ["gestructureerde_mededeling"] = "gestructureerde mededeling",
        ["iban"] = "rekeningnummer van EV DV",
        ["reeds_betaald"] = "zin over een deelbetaling (leeg als er niets binnenkwam)",
    };

    [GeneratedRegex(@"\{([^{}\r\n]*)\}")]
    private static partial Regex Token();

    /// <summary>A Dutch message naming the unknown placeholders, or null when every one is known.</summary>
    public static string? Check(string text)
    {
        var unknown = Token().Matches(text).Select(m => m.Groups[1].Value).Where(n => !Known.ContainsKey(n)).Distinct().ToList();
        if (unknown.Count == 0) return null;
        var names = string.Join(", ", unknown.Select(n => "{" + n + "}"));
        return $"Onbekende {(unknown.Count == 1 ? "plaatshouder" : "plaatshouders")}: {names}. Gebruik enkel {string.Join(" ", Known.Keys.Select(k => "{" + k + "}"))}.";
    }

    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
}
