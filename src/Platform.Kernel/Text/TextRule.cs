using System.Text;

namespace Platform.Kernel.Text;

/// <summary>The one rule for text from outside, in every module: no NUL or other control characters (line breaks and
/// tabs only in multi-line fields), no broken UTF-16 (PostgreSQL and XML cannot store it), a bounded length. File names
/// also lose Unicode bidi overrides (a name that reads <c>factuur‮fdp.exe</c>). Errors name the field, in Dutch.</summary>
public static class TextRule
{
    public const int SingleLineMax = 1_000;
    public const int MultiLineMax = 20_000;

    /// <summary>Field names (or their endings) that are multi-line free text: descriptions, replies, reasons, notes …</summary>
    private static readonly string[] MultiLineEndings =
        ["description", "text", "message", "reason", "explanation", "note", "notes", "details", "body", "comment", "reply", "problem", "content", "json", "impact", "workaround"];

    public static bool IsMultiLineName(string field)
    {
        var name = field[(field.LastIndexOfAny(['.', ']']) + 1)..].ToLowerInvariant();
        return MultiLineEndings.Any(name.EndsWith);
    }

    /// <summary>The Dutch error for <paramref name="value"/>, or null when it is acceptable. The message names the field by
    /// its Dutch label (<paramref name="label"/>, else <see cref="FieldLabels"/>).</summary>
    public static string? Check(string? value, string field, bool? multiLine = null, int? maxLength = null, string? label = null)
    {
        if (value is null) return null;
        var name = label ?? FieldLabels.For(field);
        var multi = multiLine ?? IsMultiLineName(field);
        var max = maxLength ?? (multi ? MultiLineMax : SingleLineMax);
        if (value.Length > max)
            return $"Het veld '{name}' is te lang: maximaal {max.ToString("N0", Formatting.Dutch.Culture)} tekens.";
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                return $"Het veld '{name}' bevat een ongeldig teken.";
            if (c == '\0')
                return $"Het veld '{name}' bevat een niet-toegelaten teken (NUL).";
            if (char.IsControl(c) && !(multi && c is '\n' or '\r' or '\t'))
                return multi
                    ? $"Het veld '{name}' bevat een niet-toegelaten controleteken (U+{(int)c:X4}); enkel regeleinden en tabs zijn toegelaten."
                    : $"Het veld '{name}' bevat een niet-toegelaten controleteken (U+{(int)c:X4}); dit veld moet op één regel staan.";
        }
        return null;
    }

    /// <summary>Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) and the marks U+200E/U+200F.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    /// <summary>A file name as we store and show it: bidi controls and control characters removed, path parts dropped,
    /// trimmed, at most 255 characters; "bestand" when nothing is left.</summary>
    public static string CleanFileName(string? name)
    {
        var file = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new StringBuilder(file.Length);
        foreach (var c in file.Normalize(NormalizationForm.FormC))
            if (!IsBidiControl(c) && !char.IsControl(c) && !char.IsSurrogate(c)) clean.Append(c);
        var result = clean.ToString().Trim().Trim('.');
        if (result.Length > 255)
        {
            var ext = Path.GetExtension(result);
            result = result[..(255 - Math.Min(ext.Length, 20))] + (ext.Length <= 20 ? ext : "");
        }
        return result.Length == 0 ? "bestand" : result;
    }

    /// <summary>True when <paramref name="value"/> holds a character no database column may hold (NUL, broken UTF-16).</summary>
    public static bool IsUnstorable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0') return true;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }
}
