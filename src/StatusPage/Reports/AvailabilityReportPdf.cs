using Platform.Kernel.Pdf;
using SkiaSharp;

namespace StatusPage.Reports;

/// <summary>The monthly availability report as an A4 PDF with real text (DejaVu Sans, embedded), continued on further pages.</summary>
internal static class AvailabilityReportPdf
{
    private const float Width = 595f, Height = 842f, Margin = 50f;

    public static byte[] Render(AvailabilityMonthReport r)
    {
        using var buffer = new MemoryStream();
        var metadata = PdfDocuments.Metadata("Beschikbaarheidsrapport " + r.MonthName, r.GeneratedAt);
        using (var pdf = PdfDocuments.Create(buffer, metadata))
        using (var text = PdfFonts.TextFont(PdfFonts.Regular, 8))
        using (var bold = PdfFonts.TextFont(PdfFonts.Bold, 8))
        using (var heading = PdfFonts.TextFont(PdfFonts.Bold, 12))
        using (var title = PdfFonts.TextFont(PdfFonts.Bold, 16))
        using (var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            var canvas = pdf.BeginPage(Width, Height);
            var y = Margin + 16;
            void Room()
            {
                if (y <= Height - Margin) return;
                pdf.EndPage();
                canvas = pdf.BeginPage(Width, Height);
                y = Margin + 10;
            }
            void Line(string s, SKFont font, float gap = 14)
            {
                Room();
                canvas.DrawText(Fit(s, font, Width - 2 * Margin), Margin, y, SKTextAlign.Left, font, ink);
                y += gap;
            }
            float[] col = [Margin, Margin + 120, Margin + 175, Margin + 240, Margin + 305];
            void Cells(SKFont font, params string[] cells)
            {
                Room();
                for (var i = 0; i < cells.Length; i++)
                    canvas.DrawText(Fit(cells[i], font, (i + 1 < col.Length ? col[i + 1] : Width - Margin) - col[i] - 6), col[i], y, SKTextAlign.Left, font, ink);
                y += 14;
            }

            Line("Beschikbaarheidsrapport " + r.MonthName, title, 22);
            Line($"Opgemaakt op {ReportText.When(r.GeneratedAt)} (Belgische tijd). Doel: 99,9 % beschikbaarheid per maand.", text);
            Line("Vooraf aangekondigd onderhoud telt niet mee; niet vooraf aangekondigd onderhoud telt als onbeschikbaar.", text, 22);
            foreach (var p in r.Products)
            {
                Line(p.Name, heading, 18);
                Cells(bold, "Onderdeel", "Beschikbaar", "Doel", "Onbeschikbaar", "Toegelaten");
                Cells(bold, "Hele product", ReportText.Percentage(p.Month), ReportText.Verdict(p.Month, p.Budget), ReportText.Duration(p.Month?.Unavailable ?? TimeSpan.Zero), ReportText.Budget(p.Budget));
                foreach (var c in p.Components)
                    Cells(text, c.Name, ReportText.Percentage(c.Month), ReportText.Verdict(c.Month, c.Budget), ReportText.Duration(c.Month?.Unavailable ?? TimeSpan.Zero), ReportText.Budget(c.Budget));
                if (p.Month is { Maintenance: var planned } && planned > TimeSpan.Zero)
                    Line("Aangekondigd onderhoud (telt niet mee): " + ReportText.Duration(planned), text);
                y += 8;
            }
            Line($"Onderhoud ({r.Maintenance.Count})", heading, 18);
            if (r.Maintenance.Count == 0) Line("Geen onderhoud deze maand.", text);
            foreach (var m in r.Maintenance)
                Line($"{ReportText.When(m.Start)} tot {ReportText.When(m.End)} · {ReportText.Duration(m.Duration)} · " +
                     $"{(m.Announced ? "vooraf aangekondigd" : "niet vooraf aangekondigd")} · {m.Title} · {string.Join(", ", m.Components)}", text);
            y += 8;
            Line($"Storingen ({r.Incidents.Count})", heading, 18);
            if (r.Incidents.Count == 0) Line("Geen storingen deze maand.", text);
            foreach (var i in r.Incidents)
                Line($"{ReportText.When(i.Start)} · {ReportText.Duration(i.Duration)}{(i.End is null ? " (nog niet opgelost)" : "")} · {i.WorstLevel} · {i.Title} · {string.Join(", ", i.Components)}", text);
            pdf.EndPage();
            pdf.Finish();
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
