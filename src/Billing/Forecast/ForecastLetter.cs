using Billing.Pdf;
using Platform.Kernel.Formatting;
using Platform.Kernel.Pdf;
using SkiaSharp;

namespace Billing.Forecast;

/// <summary>The Dutch forecast letter as a one-page A4 PDF with real text (drawn like the invoices).</summary>
internal static class ForecastLetter
{
    private const float Width = InvoicePdfRenderer.PageWidth, Height = InvoicePdfRenderer.PageHeight, Left = 56f, Right = Width - 56f;

    public static string FileName(FeeForecast f) => $"prijsraming-{f.Year}-{f.Tenant.Slug}.pdf";

    public static byte[] Render(FeeForecast f, DateOnly writtenOn, string billingContact)
    {
        using var buffer = new MemoryStream();
        var metadata = PdfDocuments.Metadata($"Prijsraming {f.Year} – Mijn Burgerprofiel-app", new DateTimeOffset(writtenOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), subject: $"Prijsraming {f.Year} voor {f.Tenant.Name}", author: Party.EvDv.Name);
        var ink = new SKColor(0x1D, 0x1D, 0x1B);
        var muted = new SKColor(0x5C, 0x61, 0x66);
        using (var pdf = PdfDocuments.Create(buffer, metadata))
        using (var heading = new TextStyle(PdfFonts.Bold, 12f, ink))
        using (var title = new TextStyle(PdfFonts.Bold, 18f, ink))
        using (var body = new TextStyle(PdfFonts.Regular, 10f, ink))
        using (var strong = new TextStyle(PdfFonts.Bold, 10f, ink))
        using (var small = new TextStyle(PdfFonts.Regular, 8.5f, muted))
        {
            var canvas = pdf.BeginPage(Width, Height);
            using (var yellow = new SKPaint { Color = new SKColor(0xFF, 0xE6, 0x15) }) canvas.DrawRect(new SKRect(0, 0, Width, 8f), yellow);
            heading.Draw(canvas, Party.EvDv.Name, Left, 64f);
            var y = 80f;
            foreach (var line in Party.EvDv.AddressLines.Append($"KBO {Party.EvDv.Kbo}")) { small.Draw(canvas, line, Left, y); y += small.LineHeight; }
            y = 150f;
            foreach (var line in new[] { f.Tenant.Name, f.Tenant.Street, $"{f.Tenant.PostalCode} {f.Tenant.City}" }) { body.Draw(canvas, line, 330f, y); y += body.LineHeight; }
            body.Draw(canvas, $"Brussel, {Dutch.LongDate(writtenOn)}", Left, 230f);
            title.Draw(canvas, $"Prijsraming {f.Year}", Left, 270f);
            heading.Draw(canvas, "Abonnement op de Mijn Burgerprofiel-app", Left, 288f);
            y = 318f;
            y = body.DrawWrapped(canvas, "Geachte,", Left, y, Right - Left) + 6f;
            var months = f.Fee.Months == 12 ? "" : $" ({f.Fee.Months} maanden)";
            y = body.DrawWrapped(canvas, $"Om je begroting voor {f.Year} op te maken, ramen we het bedrag van je abonnement op de Mijn Burgerprofiel-app " +
                $"voor {f.Year}{months} op {Dutch.Money(f.Fee.Amount)} (geen btw).", Left, y, Right - Left) + 6f;
            y = body.DrawWrapped(canvas, $"Deze raming gaat uit van {Dutch.Number(f.Inhabitants)} inwoners op 1 januari {f.InhabitantsYear}, het laatst gekende aantal, " +
                $"en van de prijzen die in {f.Year} gelden. Dat valt in {f.Fee.Tier!.Name}. De factuur gebruikt het aantal inwoners op 1 januari {f.Year}: " +
                "valt dat in een andere schijf, dan wijzigt het bedrag volgens de schijven hieronder.", Left, y, Right - Left) + 10f;
            strong.Draw(canvas, $"Schijven en jaarbedragen in {f.Year}", Left, y);
            y += strong.LineHeight + 2f;
            foreach (var tier in f.Prices.Tiers)
            {
                var style = tier.Number == f.Fee.Tier.Number ? strong : body;
                style.Draw(canvas, tier.Name + (tier.Number == f.Fee.Tier.Number ? " (je schijf)" : ""), Left + 10f, y);
                style.Draw(canvas, $"{Dutch.Money(tier.AnnualFee)} per jaar", Right, y, SKTextAlign.Right);
                y += body.LineHeight;
            }
            y += 10f;
            y = body.DrawWrapped(canvas, $"Je ontvangt de factuur voor {f.Year} rond {Dutch.LongDate(f.InvoiceExpectedOn)} ({Dutch.Date(f.InvoiceExpectedOn)}), " +
                "met een betaaltermijn van 30 dagen.", Left, y, Right - Left) + 6f;
            y = body.DrawWrapped(canvas, $"Met vragen over deze raming kun je terecht bij {billingContact}.", Left, y, Right - Left) + 14f;
            y = body.DrawWrapped(canvas, "Met vriendelijke groeten,", Left, y, Right - Left);
            body.DrawWrapped(canvas, $"{Party.EvDv.Name} – Financiën", Left, y, Right - Left);
            small.DrawWrapped(canvas, InvoiceWording.NoVat, Left, Height - 70f, Right - Left);
            pdf.EndPage();
            pdf.Finish();
        }
        return buffer.ToArray();
    }
}
