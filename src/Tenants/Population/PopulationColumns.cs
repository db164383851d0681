using System.Globalization;
using System.Text;

namespace Tenants.Population;

/// <summary>Finds the NIS code, name and population columns by their header, as the Agentschap Binnenlands Bestuur
/// (Gemeente-Stadsmonitor), Statbel (<c>CD_REFNIS;TX_DESCR_NL;…;MS_POPULATION</c>) or a person would name them.</summary>
internal sealed record PopulationColumns(int? Nis, int? Name, int Count)
{
    public static PopulationColumns? Find(IReadOnlyList<string> header)
    {
        var keys = header.Select(Key).ToList();
        int? Index(Func<string, bool> match) => keys.FindIndex(k => match(k)) is var i and >= 0 ? i : null;
        var count = Index(k => k.Contains("inwoner") || k.Contains("bevolking") || k.Contains("population") || k is "aantal" or "totaal" or "total");
        var nis = Index(k => k.Contains("nis") || k is "code" or "refnis");
        var name = Index(k => (k.Contains("gemeente") || k.Contains("naam") || k.Contains("name") || k.Contains("descrnl")
                               || k.Contains("municipality") || k.Contains("bestuur")) && !k.Contains("nis"));
        return count is { } c && (nis is not null || name is not null) ? new PopulationColumns(nis, name, c) : null;
    }

    /// <summary>Lower case, no accents, letters and digits only: "Aantal inwoners" → "aantalinwoners".</summary>
    private static string Key(string text) => new(Plain(text).Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>A municipality's name reduced for matching: "Stad Sint-Niklaas" and "sint niklaas" are the same.</summary>
    public static string NameKey(string name)
    {
        var words = new string(Plain(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "stad" or "gemeente" or "lokaal" or "bestuur" or "city" or "of" or "van") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static string Plain(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
