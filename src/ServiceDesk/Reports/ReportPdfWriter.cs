using Platform.Kernel.Pdf;
using SkiaSharp;

namespace ServiceDesk.Reports;

/// <summary>
/// The drawing both service-desk PDFs share (monthly report, tenant service report): A4 pages with real text in DejaVu Sans
/// (<see cref="PdfFonts.TextFont"/>: unhinted, linear metrics, so pdftotext reads whole words), paragraphs wrapped at word
/// boundaries instead of cut off, table cells kept inside their column (a cell running into the next one would merge words),
/// a new page when the current one is full, and a vector bar chart.
/// </summary>
internal sealed class ReportPdfWriter : IDisposable
{
    public const float Width = 595f, Height = 842f, Margin = 50f;
    private const float CellGap = 6f;

    private readonly SKDocument _pdf;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private SKCanvas _canvas;
    private float _y;
    private bool _closed;

    public ReportPdfWriter(Stream output, string title, DateTimeOffset generatedAt)
    {
        _pdf = PdfDocuments.Create(output, title, generatedAt);
        _canvas = _pdf.BeginPage(Width, Height);
        _y = Margin + 16;
    }

    public SKFont Text { get; } = PdfFonts.TextFont(PdfFonts.Regular, 10);

    public SKFont Bold { get; } = PdfFonts.TextFont(PdfFonts.Bold, 10);

    public SKFont Heading { get; } = PdfFonts.TextFont(PdfFonts.Bold, 16);

    /// <summary>Text wrapped at spaces to the page width; a word wider than the page is the only thing ever shortened.</summary>
    public void Paragraph(string text, SKFont font, float after = 15)
    {
        var lineHeight = font.Size * 1.4f;
        foreach (var line in Wrap(text, font, Width - 2 * Margin))
        {
            Room(lineHeight);
            _canvas.DrawText(line, Margin, _y, SKTextAlign.Left, font, _ink);
            _y += lineHeight;
        }
        _y += after - lineHeight;
    }

    /// <summary>One table row: each cell starts at its x and is kept short of the next cell's x (or the margin).</summary>
    public void Row(SKFont font, float after, params (string Text, float X)[] cells)
    {
        Room(font.Size * 1.4f);
        for (var i = 0; i < cells.Length; i++)
        {
            var right = i + 1 < cells.Length ? cells[i + 1].X - CellGap : Width - Margin;
            _canvas.DrawText(Fit(cells[i].Text, font, right - cells[i].X), cells[i].X, _y, SKTextAlign.Left, font, _ink);
        }
        _y += after;
    }

    public void Space(float points) => _y += points;

    /// <summary>A horizontal bar chart of percentages (0–100) as vector shapes, one group per label with one bar per series,
    /// a dashed line at <paramref name="target"/> and the value written next to each bar; "–" for a bar without a value.</summary>
    public void BarChart(IReadOnlyList<(string Label, double?[] Values)> groups, IReadOnlyList<(string Name, SKColor Color)> series, double? target = null, string? targetLabel = null)
    {
        const float labelWidth = 40f, barHeight = 9f, barGap = 2f, groupGap = 8f, valueWidth = 50f;
        var left = Margin + labelWidth;
        var width = Width - Margin - left - valueWidth;
        var height = groups.Count * (series.Count * (barHeight + barGap) + groupGap) + 30f;
        Room(height);
        using var axis = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), StrokeWidth = 0.75f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        var top = _y - 8f;
        var y = top;
        foreach (var (label, values) in groups)
        {
            var groupHeight = series.Count * (barHeight + barGap);
            _canvas.DrawText(label, Margin, y + groupHeight / 2 + 3f, SKTextAlign.Left, Bold, _ink);
            for (var s = 0; s < series.Count; s++)
            {
                using var fill = new SKPaint { Color = series[s].Color, Style = SKPaintStyle.Fill, IsAntialias = true };
                if (values[s] is { } v)
                {
                    var w = (float)(Math.Clamp(v, 0, 100) / 100 * width);
                    _canvas.DrawRect(SKRect.Create(left, y, Math.Max(w, 0.5f), barHeight), fill);
                }
                _canvas.DrawText(ReportText.Percent(values[s]), left + width + 4f, y + barHeight - 1.5f, SKTextAlign.Left, Text, _ink);
                y += barHeight + barGap;
            }
            y += groupGap;
        }
        _canvas.DrawLine(left, top - 2f, left, y - groupGap + 2f, axis);
        if (target is { } t)
        {
            var x = left + (float)(t / 100 * width);
            using var dash = new SKPaint
            {
                Color = new SKColor(0xB0, 0x00, 0x20), StrokeWidth = 1f, Style = SKPaintStyle.Stroke, IsAntialias = true,
                PathEffect = SKPathEffect.CreateDash([3f, 2f], 0),
            };
            _canvas.DrawLine(x, top - 2f, x, y - groupGap + 2f, dash);
        }
        // Legend under the chart: a swatch and the series' name, then the target line's meaning.
        var legendX = left;
        var legendY = y + 6f;
        foreach (var (name, color) in series)
        {
            using var fill = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
            _canvas.DrawRect(SKRect.Create(legendX, legendY - 7f, 8f, 8f), fill);
            _canvas.DrawText(name, legendX + 11f, legendY, SKTextAlign.Left, Text, _ink);
            legendX += 11f + Text.MeasureText(name) + 16f;
        }
        if (targetLabel is not null) _canvas.DrawText(targetLabel, legendX, legendY, SKTextAlign.Left, Text, _ink);
        _y = legendY + 22f;
    }

    /// <summary>Ends the last page and writes the document.</summary>
    public void Close()
    {
        if (_closed) return;
        _pdf.EndPage();
        _pdf.Finish();
        _closed = true;
    }

    public void Dispose()
    {
        Close();
        _pdf.Dispose();
        _ink.Dispose();
        Text.Dispose();
        Bold.Dispose();
        Heading.Dispose();
    }

    /// <summary>A new page when <paramref name="needed"/> points do not fit above the bottom margin.</summary>
    private void Room(float needed)
    {
        if (_y + needed <= Height - Margin + 12) return;
        _pdf.EndPage();
        _canvas = _pdf.BeginPage(Width, Height);
        _y = Margin + 10;
    }

    internal static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) yield return line;
            line = Fit(word, font, width);
        }
        if (line.Length > 0) yield return line;
    }

    private static string Fit(string s, SKFont font, float width)
    {
        if (font.MeasureText(s) <= width) return s;
        while (s.Length > 1 && font.MeasureText(s + "…") > width) s = s[..^1];
        return s + "…";
    }
}
