using Platform.Kernel.Formatting;

namespace ServiceDesk.Reports;

/// <summary>The tenant's monthly service report as an A4 PDF, drawn with the same <see cref="ReportPdfWriter"/> as
/// <see cref="ReportPdf"/> (DejaVu Sans, embedded) and with the same SLA chart.</summary>
internal static class ServiceReportPdf
{
    private const float Margin = ReportPdfWriter.Margin;

    public static byte[] Render(ServiceReport r, DateTimeOffset generatedAt)
    {
        using var buffer = new MemoryStream();
        using (var pdf = new ReportPdfWriter(buffer, $"Maandrapport dienstverlening {r.Tenant.Name} {ReportText.Month(r.Year, r.Month)}", generatedAt))
        {
            var m = r.Incidents;
            pdf.Paragraph("Maandrapport dienstverlening " + ReportText.Month(r.Year, r.Month), pdf.Heading, 22);
            pdf.Paragraph($"{r.Tenant.Name} · opgemaakt op {Dutch.DateTime(generatedAt)}", pdf.Text, 24);
            pdf.Paragraph("Incidenten per prioriteit", pdf.Bold, 16);
            float[] col = [Margin, Margin + 70, Margin + 130, Margin + 215, Margin + 300, Margin + 395];
            pdf.Row(pdf.Bold, 15, ("Prioriteit", col[0]), ("Aantal", col[1]), ("Reactie ok", col[2]), ("Reactie te laat", col[3]),
                ("Oplossing ok", col[4]), ("Oplossing te laat", col[5]));
            foreach (var (p, n) in m.PerPriority.OrderBy(x => x.Key))
            {
                var s = m.ByPriority[p];
                pdf.Row(pdf.Text, 15, (p.ToString(), col[0]), (Dutch.Number(n), col[1]), (Dutch.Number(s.Response.Met), col[2]),
                    (Dutch.Number(s.Response.Breached), col[3]), (Dutch.Number(s.Resolution.Met), col[4]), (Dutch.Number(s.Resolution.Breached), col[5]));
            }
            pdf.Row(pdf.Bold, 25, ("Totaal", col[0]), (Dutch.Number(m.Total), col[1]), (Dutch.Number(m.Response.Met), col[2]),
                (Dutch.Number(m.Response.Breached), col[3]), (Dutch.Number(m.Resolution.Met), col[4]), (Dutch.Number(m.Resolution.Breached), col[5]));
            ReportPdf.SlaChart(pdf, m);
            pdf.Paragraph("Beschikbaarheid platform", pdf.Bold, 16);
            pdf.Paragraph($"Beschikbaarheid {ServiceReportText.Availability(r.Availability)} · doel {ServiceReportText.Objective(r.Availability)} · " +
                 $"{ServiceReportText.Verdict(r.Availability)} · onbeschikbaar {Dutch.Number(r.Availability.DowntimeMinutes)} minuten", pdf.Text, 25);
            pdf.Paragraph($"Openstaande incidenten op het einde van de maand ({Dutch.Number(r.OpenItems.Count)})", pdf.Bold, 16);
            if (r.OpenItems.Count == 0) pdf.Paragraph("Geen openstaande incidenten.", pdf.Text);
            foreach (var o in r.OpenItems)
                pdf.Paragraph($"{o.Number} · {o.Priority} · {Dutch.Number(o.AgeDays)} dagen open · {o.Title}", pdf.Text);
        }
        return buffer.ToArray();
    }
}
