using Platform.Kernel.Pdf;
using Platform.Kernel.Formatting;
using ServiceDesk.Domain;
using SkiaSharp;

namespace ServiceDesk.Reports;

/// <summary>The monthly report as an A4 PDF with real text (DejaVu Sans, embedded), breaches continued on further pages.</summary>
internal static class ReportPdf
{
    private const float Width = 595f, Height = 842f, Margin = 50f;

    public static byte[] Render(MonthlyReportResult r, string scope, DateTimeOffset generatedAt)
    {
        using var buffer = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"Servicedeskrapport {scope} {ReportText.Month(r.Year, r.Month)}";
        metadata.Creator = "Mijn Burgerprofiel-platform";
        metadata.Creation = generatedAt.UtcDateTime;
        metadata.Modified = generatedAt.UtcDateTime;
        using (var pdf = SKDocument.CreatePdf(buffer, metadata) ?? throw new InvalidOperationException("Skia could not create a PDF."))
        using (var text = PdfFonts.TextFont(PdfFonts.Regular, 10))
        using (var bold = PdfFonts.TextFont(PdfFonts.Bold, 10))
        using (var title = PdfFonts.TextFont(PdfFonts.Bold, 16))
        using (var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            var canvas = pdf.BeginPage(Width, Height);
            var y = Margin + 16;
            void Line(string s, SKFont font, float x = Margin, float gap = 15)
            {
                if (y > Height - Margin)
                {
                    pdf.EndPage();
                    canvas = pdf.BeginPage(Width, Height);
                    y = Margin + 10;
                }
                canvas.DrawText(Fit(s, font, Width - Margin - x), x, y, SKTextAlign.Left, font, ink);
                y += gap;
            }
            void Cells(SKFont font, params (string Text, float X)[] cells)
            {
                if (y > Height - Margin)
                {
                    pdf.EndPage();
                    canvas = pdf.BeginPage(Width, Height);
                    y = Margin + 10;
                }
                foreach (var (s, x) in cells) canvas.DrawText(s, x, y, SKTextAlign.Left, font, ink);
                y += 15;
            }

            Line("Servicedeskrapport " + ReportText.Month(r.Year, r.Month), title, gap: 22);
            Line($"{scope} · opgemaakt op {Dutch.DateTime(generatedAt)} · werkuren 9–17 u, maandag tot vrijdag, zonder feestdagen", text, gap: 24);
            Line("Incidenten per prioriteit", bold, gap: 16);
            foreach (var (p, n) in r.PerPriority.OrderBy(x => x.Key)) Cells(text, (p.ToString(), Margin), (Dutch.Number(n), Margin + 80));
            Cells(bold, ("Totaal", Margin), (Dutch.Number(r.Total), Margin + 80));
            y += 10;
            Line("Doelstellingen", bold, gap: 16);
            float[] col = [Margin, Margin + 70, Margin + 130, Margin + 210, Margin + 275, Margin + 345, Margin + 420];
            Cells(bold, ("", col[0]), ("Gehaald", col[1]), ("Overschr.", col[2]), ("Lopend", col[3]), ("Gehaald %", col[4]), ("Mediaan u", col[5]), ("P90 u", col[6]));
            foreach (var (name, s) in new[] { ("Reactie", r.Response), ("Oplossing", r.Resolution) })
                Cells(text, (name, col[0]), (Dutch.Number(s.Met), col[1]), (Dutch.Number(s.Breached), col[2]), (Dutch.Number(s.Open), col[3]),
                    (ReportText.Percent(s.MetPercent), col[4]), (ReportText.Hours(s.MedianHours), col[5]), (ReportText.Hours(s.P90Hours), col[6]));
            y += 10;
            Line($"Overschrijdingen ({Dutch.Number(r.Breaches.Count)})", bold, gap: 16);
            if (r.Breaches.Count == 0) Line("Geen overschrijdingen.", text);
            foreach (var b in r.Breaches)
                Line($"{Dutch.DateTime(b.ReportedAt)} · {b.Tenant} · {b.Priority} · {ReportText.Clock(b.Clock)}: " +
                     $"{ReportText.Hours(b.Elapsed.TotalHours)} van {ReportText.Hours(b.Target.TotalHours)} werkuren · {b.Number} {b.Title}", text);
            pdf.EndPage();
            pdf.Close();
        }
        return buffer.ToArray();
    }

    private static string Fit(string s, SKFont font, float width)
    {
        if (font.MeasureText(s) <= width) return s;
        while (s.Length > 1 && font.MeasureText(s + "…") > width) s = s[..^1];
        return s + "…";
    }

}
