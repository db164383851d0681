using Platform.Kernel.Formatting;
using Platform.Kernel.Pdf;
using SkiaSharp;

namespace DataProtection.Breaches;

/// <summary>The notification of one affected tenant as an A4 PDF with real text: the 8.2 content with only that tenant's
/// categories and number of data subjects, the follow-ups so far, and the 8.3 reminder.</summary>
internal static class BreachPdf
{
    private const float Width = 595f, Height = 842f, Margin = 50f;

    public static string FileName(Breach b) => $"melding-inbreuk-{Dutch.DayOf(b.DetectedAt):yyyy-MM-dd}.pdf";

    public static byte[] Render(Breach b, BreachImpact impact, IReadOnlyList<BreachUpdate> updates, string tenantName, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        var metadata = PdfDocuments.Metadata("Melding van een inbreuk in verband met persoonsgegevens", at);
        using (var pdf = PdfDocuments.Create(buffer, metadata))
        using (var text = Font(PdfFonts.Regular, 10))
        using (var bold = Font(PdfFonts.Bold, 10))
        using (var title = Font(PdfFonts.Bold, 15))
        using (var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            var canvas = pdf.BeginPage(Width, Height);
            var y = Margin + 16;
            void Line(string s, SKFont font, float gap = 14)
            {
                if (y > Height - Margin) { pdf.EndPage(); canvas = pdf.BeginPage(Width, Height); y = Margin + 10; }
                canvas.DrawText(s, Margin, y, SKTextAlign.Left, font, ink);
                y += gap;
            }
            void Paragraph(string label, string value)
            {
                Line(label, bold);
                foreach (var l in Wrap(value, text, Width - 2 * Margin)) Line(l, text);
                y += 6;
            }

            Line("Melding van een inbreuk in verband met persoonsgegevens", title, 22);
            Line($"Aan: {tenantName} (verwerkingsverantwoordelijke)", text);
            Line("Van: Digitaal Vlaanderen (verwerker)", text);
            Line($"Verwerkingscharter Mijn Burgerprofiel, artikel 8 · opgemaakt op {Dutch.DateTime(at)}", text, 22);
            Paragraph("Inbreuk", b.Title);
            Paragraph("Ontdekt op", Dutch.DateTime(b.DetectedAt));
            Paragraph("Aard van de inbreuk", b.Nature);
            Paragraph("Categorieën van betrokkenen en persoonsgegevens bij je bestuur", impact.Categories);
            Paragraph("Geschat aantal betrokkenen bij je bestuur", Dutch.Number(impact.ApproximateCount));
            Paragraph("Waarschijnlijke gevolgen", b.Consequences);
            Paragraph("Genomen maatregelen", b.MeasuresTaken);
            if (b.MeasuresProposed is not null) Paragraph("Voorgestelde maatregelen", b.MeasuresProposed);
            foreach (var u in updates) Paragraph($"Update van {Dutch.DateTime(u.At)}", u.Text);
            Paragraph("Functionaris voor gegevensbescherming van Digitaal Vlaanderen", BreachMails.DvDpo);
            Paragraph("Melding aan de toezichthoudende autoriteit", BreachMails.AuthorityDuty);
            pdf.EndPage();
            pdf.Finish();
        }
        return buffer.ToArray();
    }

    // As the invoices draw text (Billing's TextStyle): unhinted linear metrics, so PDF readers extract whole words.
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
}
