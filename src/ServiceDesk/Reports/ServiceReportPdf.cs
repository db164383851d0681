using Platform.Kernel.Formatting;
using Platform.Kernel.Pdf;
using SkiaSharp;

namespace ServiceDesk.Reports;

/// <summary>The tenant's monthly service report as an A4 PDF with real text (as <see cref="ReportPdf"/>: DejaVu Sans, embedded).</summary>
internal static class ServiceReportPdf
{
    private const float Width = 595f, Height = 842f, Margin = 50f;

    public static byte[] Render(ServiceReport r, DateTimeOffset generatedAt)
    {
        using var buffer = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"Maandrapport dienstverlening {r.Tenant.Name} {ReportText.Month(r.Year, r.Month)}";
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
            void Row(SKFont font, float gap, params (string Text, float X)[] cells)
            {
                if (y > Height - Margin)
                {
                    pdf.EndPage();
                    canvas = pdf.BeginPage(Width, Height);
                    y = Margin + 10;
                }
                foreach (var (s, x) in cells) canvas.DrawText(Fit(s, font, Width - Margin - x), x, y, SKTextAlign.Left, font, ink);
                y += gap;
            }
            void Line(string s, SKFont font, float gap = 15) => Row(font, gap, (s, Margin));

            var m = r.Incidents;
            Line("Maandrapport dienstverlening " + ReportText.Month(r.Year, r.Month), title, 22);
            Line($"{r.Tenant.Name} · opgemaakt op {Dutch.DateTime(generatedAt)}", text, 24);
            Line("Incidenten per prioriteit", bold, 16);
            float[] col = [Margin, Margin + 70, Margin + 130, Margin + 215, Margin + 300, Margin + 395];
            Row(bold, 15, ("Prioriteit", col[0]), ("Aantal", col[1]), ("Reactie ok", col[2]), ("Reactie te laat", col[3]),
                ("Oplossing ok", col[4]), ("Oplossing te laat", col[5]));
            foreach (var (p, n) in m.PerPriority.OrderBy(x => x.Key))
            {
                var s = m.ByPriority[p];
                Row(text, 15, (p.ToString(), col[0]), (Dutch.Number(n), col[1]), (Dutch.Number(s.Response.Met), col[2]),
                    (Dutch.Number(s.Response.Breached), col[3]), (Dutch.Number(s.Resolution.Met), col[4]), (Dutch.Number(s.Resolution.Breached), col[5]));
            }
            Row(bold, 25, ("Totaal", col[0]), (Dutch.Number(m.Total), col[1]), (Dutch.Number(m.Response.Met), col[2]),
                (Dutch.Number(m.Response.Breached), col[3]), (Dutch.Number(m.Resolution.Met), col[4]), (Dutch.Number(m.Resolution.Breached), col[5]));
            Line("Beschikbaarheid platform", bold, 16);
            Line($"Beschikbaarheid {ServiceReportText.Availability(r.Availability)} · doel {ServiceReportText.Objective(r.Availability)} · " +
                 $"{ServiceReportText.Verdict(r.Availability)} · onbeschikbaar {Dutch.Number(r.Availability.DowntimeMinutes)} minuten", text, 25);
            Line($"Openstaande incidenten op het einde van de maand ({Dutch.Number(r.OpenItems.Count)})", bold, 16);
            if (r.OpenItems.Count == 0) Line("Geen openstaande incidenten.", text);
            foreach (var o in r.OpenItems)
                Line($"{o.Number} · {o.Priority} · {Dutch.Number(o.AgeDays)} dagen open · {o.Title}", text);
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
