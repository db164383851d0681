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
        using (var page = new Pages(pdf))
        {
            page.Line("Beschikbaarheidsrapport " + r.MonthName, page.Title, 22);
            page.Line($"Opgemaakt op {ReportText.When(r.GeneratedAt)} (Belgische tijd). Doel: 99,9 % beschikbaarheid per maand.", page.Text);
            page.Line("Vooraf aangekondigd onderhoud telt niet mee; niet vooraf aangekondigd onderhoud telt als onbeschikbaar.", page.Text, 22);
            foreach (var p in r.Products) Product(page, p);
            Maintenance(page, r.Maintenance);
            Incidents(page, r.Incidents);
            pdf.EndPage();
            pdf.Finish();
        }
        return buffer.ToArray();
    }

    private static void Product(Pages page, ProductMonth p)
    {
        page.Line(p.Name, page.Heading, 18);
        page.Cells(page.Bold, "Onderdeel", "Beschikbaar", "Doel", "Onbeschikbaar", "Toegelaten");
        page.Cells(page.Bold, "Hele product", ReportText.Percentage(p.Month), ReportText.Verdict(p.Month, p.Budget), ReportText.Duration(p.Month?.Unavailable ?? TimeSpan.Zero), ReportText.Budget(p.Budget));
        foreach (var c in p.Components)
            page.Cells(page.Text, c.Name, ReportText.Percentage(c.Month), ReportText.Verdict(c.Month, c.Budget), ReportText.Duration(c.Month?.Unavailable ?? TimeSpan.Zero), ReportText.Budget(c.Budget));
        if (p.Month is { Maintenance: var planned } && planned > TimeSpan.Zero)
            page.Line("Aangekondigd onderhoud (telt niet mee): " + ReportText.Duration(planned), page.Text);
        page.Skip(8);
    }

    private static void Maintenance(Pages page, IReadOnlyList<MaintenanceMonth> maintenance)
    {
        page.Line($"Onderhoud ({maintenance.Count})", page.Heading, 18);
        if (maintenance.Count == 0) page.Line("Geen onderhoud deze maand.", page.Text);
        foreach (var m in maintenance)
            page.Line($"{ReportText.When(m.Start)} tot {ReportText.When(m.End)} · {ReportText.Duration(m.Duration)} · " +
                      $"{(m.Announced ? "vooraf aangekondigd" : "niet vooraf aangekondigd")} · {m.Title} · {string.Join(", ", m.Components)}", page.Text);
        page.Skip(8);
    }

    private static void Incidents(Pages page, IReadOnlyList<IncidentMonth> incidents)
    {
        page.Line($"Storingen ({incidents.Count})", page.Heading, 18);
        if (incidents.Count == 0) page.Line("Geen storingen deze maand.", page.Text);
        foreach (var i in incidents)
            page.Line($"{ReportText.When(i.Start)} · {ReportText.Duration(i.Duration)}{(i.End is null ? " (nog niet opgelost)" : "")} · {i.WorstLevel} · {i.Title} · {string.Join(", ", i.Components)}", page.Text);
    }

    /// <summary>The report's fonts and the pen's place: lines and table rows go down the page and onto a new one when full.</summary>
    private sealed class Pages : IDisposable
    {
        private static readonly float[] Columns = [Margin, Margin + 120, Margin + 175, Margin + 240, Margin + 305];
        private readonly SKDocument pdf;
        private readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true };
        private SKCanvas canvas;
        private float y = Margin + 16;

        public SKFont Text { get; } = PdfFonts.TextFont(PdfFonts.Regular, 8);
        public SKFont Bold { get; } = PdfFonts.TextFont(PdfFonts.Bold, 8);
        public SKFont Heading { get; } = PdfFonts.TextFont(PdfFonts.Bold, 12);
        public SKFont Title { get; } = PdfFonts.TextFont(PdfFonts.Bold, 16);

        public Pages(SKDocument pdf)
        {
            this.pdf = pdf;
            canvas = pdf.BeginPage(Width, Height);
        }

        public void Line(string s, SKFont font, float gap = 14)
        {
            Room();
            canvas.DrawText(Fit(s, font, Width - 2 * Margin), Margin, y, SKTextAlign.Left, font, ink);
            y += gap;
        }

        public void Cells(SKFont font, params string[] cells)
        {
            Room();
            for (var i = 0; i < cells.Length; i++)
                canvas.DrawText(Fit(cells[i], font, (i + 1 < Columns.Length ? Columns[i + 1] : Width - Margin) - Columns[i] - 6), Columns[i], y, SKTextAlign.Left, font, ink);
            y += 14;
        }

        public void Skip(float gap) => y += gap;

        private void Room()
        {
            if (y <= Height - Margin) return;
            pdf.EndPage();
            canvas = pdf.BeginPage(Width, Height);
            y = Margin + 10;
        }

        public void Dispose()
        {
            Text.Dispose();
            Bold.Dispose();
            Heading.Dispose();
            Title.Dispose();
            ink.Dispose();
        }
    }

    private static string Fit(string s, SKFont font, float width)
    {
        if (font.MeasureText(s) <= width) return s;
        while (s.Length > 1 && font.MeasureText(s + "…") > width) s = s[..^1];
        return s + "…";
    }
}
