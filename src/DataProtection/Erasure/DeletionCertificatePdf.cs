using Platform.Kernel.Formatting;
using Platform.Kernel.Pdf;
using Platform.Kernel.Privacy;
using SkiaSharp;

namespace DataProtection.Erasure;

internal sealed record DeletionCertificate(string TenantName, ErasureChoice Choice, DateTimeOffset ConfirmedAt, DateTimeOffset ExecutedAt,
    IReadOnlyList<ErasedItems> Erased, IReadOnlyList<KeptItems> Kept);

/// <summary>The deletion certificate (charter 12.2) as an A4 PDF with real text, drawn as <c>Breaches/BreachPdf</c> draws:
/// what was erased per category with counts, what was kept and why. It names the tenant, none of its people.</summary>
internal static class DeletionCertificatePdf
{
    private const float Width = 595f, Height = 842f, Margin = 50f;

    public static string FileName(DeletionCertificate c) => $"verwijderingsattest-{Dutch.DayOf(c.ExecutedAt):yyyy-MM-dd}.pdf";

    public static (string Subject, string Body) Mail(DeletionCertificate c) =>
        ($"Verwijderingsattest: persoonsgegevens van {c.TenantName} verwijderd",
         $"Beste,\n\nNa de beëindiging van de verwerkingsopdracht heeft Digitaal Vlaanderen op {Dutch.DateTime(c.ExecutedAt)} alle " +
         $"persoonsgegevens van {c.TenantName} in Mijn Burgerprofiel verwijderd of onherroepelijk geanonimiseerd " +
         $"(artikel 12.2 van het verwerkingscharter). Het verwijderingsattest met wat verwijderd en wat bewaard werd, en waarom, zit in bijlage.\n\n" +
         "Met vriendelijke groeten,\nDigitaal Vlaanderen\n");

    public static byte[] Render(DeletionCertificate c)
    {
        using var buffer = new MemoryStream();
        var metadata = PdfDocuments.Metadata("Verwijderingsattest", c.ExecutedAt);
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
            void Wrapped(string s, SKFont font) { foreach (var l in Wrap(s, font, Width - 2 * Margin)) Line(l, font); }

            Line("Verwijderingsattest", title, 22);
            Line($"Aan: {c.TenantName} (verwerkingsverantwoordelijke)", text);
            Line("Van: Digitaal Vlaanderen (verwerker)", text);
            Line("Verwerkingscharter Mijn Burgerprofiel, artikel 12.2", text, 22);
            Wrapped($"Keuze van het bestuur: {(c.Choice == ErasureChoice.ReturnThenDelete ? "terugbezorgen en verwijderen" : "verwijderen")}, " +
                $"bevestigd op {Dutch.DateTime(c.ConfirmedAt)}. Uitgevoerd op {Dutch.DateTime(c.ExecutedAt)}.", text);
            y += 8;
            Line("Verwijderd of onherroepelijk geanonimiseerd", bold, 16);
            foreach (var e in c.Erased) Wrapped($"• {e.Category}: {Dutch.Number(e.Count)}", text);
            y += 8;
            Line("Bewaard", bold, 16);
            if (c.Kept.Count == 0) Line("Niets.", text);
            foreach (var k in c.Kept) { Wrapped($"• {k.Category}: {Dutch.Number(k.Count)}", text); Wrapped($"  Reden: {k.Reason}", text); }
            y += 8;
            Wrapped("Bestaande kopieën (exportarchieven) werden eveneens verwijderd. Digitaal Vlaanderen bewaart enkel wat hierboven als bewaard " +
                "vermeld staat, zolang de wet dat vereist, en verwijdert het daarna.", text);
            pdf.EndPage();
            pdf.Finish();
        }
        return buffer.ToArray();
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    private static IEnumerable<string> Wrap(string s, SKFont font, float width)
    {
        var line = "";
        foreach (var word in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width || line.Length == 0) line = candidate;
            else { yield return line; line = word; }
        }
        yield return line;
    }
}
