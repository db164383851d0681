using System.Text.RegularExpressions;

namespace ServiceDesk.SavedReplies;

/// <summary>The placeholders a saved reply may hold, in Dutch, and filling them in. Pure: values in, text out.</summary>
internal static partial class ReplyPlaceholders
{
    /// <summary>Every placeholder with what it becomes (shown on the management page).</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning)> All =
    [
        ("nummer", "het incidentnummer, bv. MBP-2026-00042"),
        ("bestuur", "de naam van het lokaal bestuur"),
        ("melder", "de naam van de melder"),
        ("titel", "de titel van het incident"),
        ("prioriteit", "de prioriteit, bv. P2"),
        ("reactiedeadline", "wanneer de reactietermijn afloopt (dd/mm/jjjj uu:mm)"),
        ("deadline", "wanneer de oplossingstermijn afloopt (dd/mm/jjjj uu:mm)"),
    ];

    /// <summary>The placeholders in <paramref name="template"/> that do not exist, in order of appearance, once each.</summary>
    public static IReadOnlyList<string> Unknown(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value)
            .Where(n => !All.Any(p => p.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();

    /// <summary>Replaces each known placeholder (case-insensitive) by its value; anything else stays as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value.ToLowerInvariant(), out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
