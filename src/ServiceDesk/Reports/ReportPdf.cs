using Platform.Kernel.Formatting;
using SkiaSharp;

namespace ServiceDesk.Reports;

/// <summary>The monthly report as an A4 PDF with real text (DejaVu Sans, embedded), drawn with <see cref="ReportPdfWriter"/>:
/// the objectives per priority also as a bar chart, breaches continued on further pages.</summary>
internal static class ReportPdf
{
    private const float Margin = ReportPdfWriter.Margin;

    public static byte[] Render(MonthlyReportFigures r, string scope, DateTimeOffset generatedAt)
    {
        using var buffer = new MemoryStream();
        using (var pdf = new ReportPdfWriter(buffer, $"Servicedeskrapport {scope} {ReportText.Month(r.Year, r.Month)}", generatedAt))
        {
            pdf.Paragraph("Servicedeskrapport " + ReportText.Month(r.Year, r.Month), pdf.Heading, 22);
            pdf.Paragraph($"{scope} · opgemaakt op {Dutch.DateTime(generatedAt)} · werkuren 9–17 u, maandag tot vrijdag, zonder feestdagen", pdf.Text, 24);
            pdf.Paragraph("Incidenten per prioriteit", pdf.Bold, 16);
            foreach (var (p, n) in r.PerPriority.OrderBy(x => x.Key)) pdf.Row(pdf.Text, 15, (p.ToString(), Margin), (Dutch.Number(n), Margin + 80));
            pdf.Row(pdf.Bold, 25, ("Totaal", Margin), (Dutch.Number(r.Total), Margin + 80));
            pdf.Paragraph("Doelstellingen", pdf.Bold, 16);
            float[] col = [Margin, Margin + 70, Margin + 130, Margin + 210, Margin + 275, Margin + 345, Margin + 420];
            pdf.Row(pdf.Bold, 15, ("", col[0]), ("Gehaald", col[1]), ("Overschreden", col[2]), ("Lopend", col[3]), ("Gehaald %", col[4]), ("Mediaan u", col[5]), ("P90 u", col[6]));
            foreach (var (name, s) in new[] { ("Reactie", r.Response), ("Oplossing", r.Resolution) })
                pdf.Row(pdf.Text, 15, (name, col[0]), (Dutch.Number(s.Met), col[1]), (Dutch.Number(s.Breached), col[2]), (Dutch.Number(s.Open), col[3]),
                    (ReportText.Percent(s.MetPercent), col[4]), (ReportText.Hours(s.MedianHours), col[5]), (ReportText.Hours(s.P90Hours), col[6]));
            pdf.Space(10);
            SlaChart(pdf, r);
            pdf.Paragraph($"Overschrijdingen ({Dutch.Number(r.Breaches.Count)})", pdf.Bold, 16);
            if (r.Breaches.Count == 0) pdf.Paragraph("Geen overschrijdingen.", pdf.Text);
            foreach (var b in r.Breaches)
                pdf.Paragraph($"{Dutch.DateTime(b.ReportedAt)} · {b.Tenant} · {b.Priority} · {ReportText.Clock(b.Clock)}: " +
                     $"{ReportText.Hours(b.Elapsed.TotalHours)} van {ReportText.Hours(b.Target.TotalHours)} werkuren · {b.Number} {b.Title}", pdf.Text);
        }
        return buffer.ToArray();
    }

    /// <summary>The SLA performance chart both service-desk PDFs show: per priority the share of response and resolution
    /// targets met (a target still running counts in neither).</summary>
    internal static void SlaChart(ReportPdfWriter pdf, MonthlyReportFigures r)
    {
        pdf.Paragraph("Doelstellingen gehaald per prioriteit (%)", pdf.Bold, 18);
        var groups = Enum.GetValues<Priority>().OrderBy(p => p)
            .Select(p => (p.ToString(), r.ByPriority.TryGetValue(p, out var s) ? new[] { s.Response.MetPercent, s.Resolution.MetPercent } : new double?[] { null, null }))
            .ToList();
        pdf.BarChart(groups, [("Reactie op tijd", new SKColor(0x00, 0x55, 0xCC)), ("Oplossing op tijd", new SKColor(0x2E, 0x7D, 0x32))]);
    }
}
