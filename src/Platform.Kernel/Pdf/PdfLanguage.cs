using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Kernel.Pdf;

/// <summary>Adds <c>/Lang</c> (and <c>/ViewerPreferences &lt;&lt;/DisplayDocTitle true&gt;&gt;</c>, so readers show the title)
/// to the catalog of a PDF Skia has just written, as an incremental update appended to the same output (ISO 32000-1
/// §7.5.6): the catalog object again with the two entries, a one-entry cross-reference section and a trailer with
/// <c>/Prev</c>. Written by hand because Skia's metadata has no language and PDFsharp would rewrite the whole file and
/// stamp it with the system clock.</summary>
internal static partial class PdfLanguage
{
    public static byte[] Update(ReadOnlySpan<byte> pdf, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tail = text[Math.Max(0, text.Length - 2048)..];
        var startxref = StartXref().Matches(tail) is { Count: > 0 } m ? m[^1] : throw new InvalidDataException("No startxref in the PDF.");
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailerAt < 0) throw new InvalidDataException("No trailer in the PDF.");
        var trailer = tail[(trailerAt + "trailer".Length)..startxref.Index].Trim();
        var root = Root().Match(trailer) is { Success: true } r ? int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidDataException("No /Root in the PDF trailer.");

        var objectAt = text.LastIndexOf($"\n{root} 0 obj", StringComparison.Ordinal);
        var endAt = objectAt < 0 ? -1 : text.IndexOf("endobj", objectAt, StringComparison.Ordinal);
        var dictionaryEnd = endAt < 0 ? -1 : text.LastIndexOf(">>", endAt, StringComparison.Ordinal);
        if (dictionaryEnd < 0) throw new InvalidDataException("The PDF catalog could not be found.");
        var catalog = text[(text.IndexOf("obj", objectAt, StringComparison.Ordinal) + 3)..dictionaryEnd].Trim();
        if (catalog.Contains("/Lang", StringComparison.Ordinal)) return [];

        var update = new StringBuilder();
        var offset = pdf.Length + 1;
        update.Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{root} 0 obj\n{catalog} /Lang ({Escape(language)}) /ViewerPreferences <</DisplayDocTitle true>>>>\nendobj\n");
        var xref = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{offset:D10} 00000 n \n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n{trailer[..trailer.LastIndexOf(">>", StringComparison.Ordinal)]} /Prev {startxref.Groups[1].Value}>>\n")
            .Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(update.ToString());
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex Root();
}
