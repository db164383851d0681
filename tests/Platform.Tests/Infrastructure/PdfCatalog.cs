using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Tests.Infrastructure;

/// <summary>Reads a PDF's catalog the way a reader does: from the last <c>startxref</c> to its cross-reference section,
/// the trailer's <c>/Root</c>, and that object at the offset the cross-reference gives (so an update appended at the end
/// must be well-formed to be found). Poppler's tools do not print <c>/Lang</c>.</summary>
internal static partial class PdfCatalog
{
    public static string Catalog(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xrefAt = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref", text[xrefAt..]);
        var trailerAt = text.IndexOf("trailer", xrefAt, StringComparison.Ordinal);
        var root = int.Parse(Root().Match(text, trailerAt).Groups[1].Value, CultureInfo.InvariantCulture);
        int? offset = null;
        var lines = text[xrefAt..trailerAt].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < lines.Length; i++)
        {
            var header = lines[i].Trim().Split(' ');
            int first = int.Parse(header[0], CultureInfo.InvariantCulture), count = int.Parse(header[1], CultureInfo.InvariantCulture);
            if (root >= first && root < first + count) offset = int.Parse(lines[i + 1 + root - first][..10], CultureInfo.InvariantCulture);
            i += count;
        }
        Assert.True(offset is not null, $"object {root} is not in the last cross-reference section");
        Assert.StartsWith($"{root} 0 obj", text[offset!.Value..]);
        return text[offset.Value..text.IndexOf("endobj", offset.Value, StringComparison.Ordinal)];
    }

    /// <summary>The catalog says the document is Dutch (Belgium) and readers show its title.</summary>
    public static void AssertDutch(byte[] pdf)
    {
        var catalog = Catalog(pdf);
        Assert.Contains("/Type /Catalog", catalog);
        Assert.Contains("/Lang (nl-BE)", catalog);
        Assert.Contains("/DisplayDocTitle true", catalog);
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex Root();
}
