using Platform.Kernel.Pdf;
using SkiaSharp;

namespace DataProtection.Assignments;

/// <summary>An A4 text document drawn as <c>Breaches/BreachPdf</c> draws (SkiaSharp, the kernel's embedded fonts, unhinted
/// linear metrics so PDF readers extract whole words), with page breaks: the assignment and the record of processing.</summary>
internal sealed class DocumentPdf : IDisposable
{
    private const float Width = 595f, Height = 842f, Margin = 50f;
    private readonly MemoryStream buffer = new();
    private readonly SKDocument pdf;
    private readonly SKFont text = Font(PdfFonts.Regular, 10), bold = Font(PdfFonts.Bold, 10), heading = Font(PdfFonts.Bold, 12), title = Font(PdfFonts.Bold, 15);
    private readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true };
    private SKCanvas canvas;
    private float y;

    public DocumentPdf(string documentTitle, DateTimeOffset at)
    {
        var metadata = PdfDocuments.Metadata(documentTitle, at);
        pdf = PdfDocuments.Create(buffer, metadata);
        canvas = pdf.BeginPage(Width, Height);
        y = Margin + 16;
    }

    public void Title(string s) => Line(s, title, 22);

    public void Heading(string s) { y += 6; Line(s, heading, 18); }

    public void Text(string s, float gap = 14)
    {
        foreach (var l in Wrap(s, text, Width - 2 * Margin)) Line(l, text, gap);
    }

    public void Paragraph(string label, string value)
    {
        Line(label, bold);
        Text(value);
        y += 6;
    }

    public void Bullet(string s)
    {
        var lines = Wrap(s, text, Width - 2 * Margin - 12).ToList();
        for (var i = 0; i < lines.Count; i++) Line((i == 0 ? "• " : "  ") + lines[i], text);
    }

    public void Space(float gap = 10) => y += gap;

    public byte[] Finish()
    {
        pdf.EndPage();
        pdf.Finish();
        return buffer.ToArray();
    }

    private void Line(string s, SKFont font, float gap = 14)
    {
        if (y > Height - Margin) { pdf.EndPage(); canvas = pdf.BeginPage(Width, Height); y = Margin + 10; }
        canvas.DrawText(s, Margin, y, SKTextAlign.Left, font, ink);
        y += gap;
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    private static IEnumerable<string> Wrap(string s, SKFont font, float width)
    {
        foreach (var paragraph in s.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width || line.Length == 0) line = candidate;
                else { yield return line; line = word; }
            }
            yield return line;
        }
    }

    public void Dispose()
    {
        text.Dispose(); bold.Dispose(); heading.Dispose(); title.Dispose(); ink.Dispose();
        pdf.Dispose();
        buffer.Dispose();
    }
}
