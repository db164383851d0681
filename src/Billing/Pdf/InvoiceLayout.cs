using Platform.Kernel.Pdf;
using Billing.Domain;
using Platform.Kernel.Formatting;
using SkiaSharp;
using static Billing.Pdf.InvoicePdfRenderer;

namespace Billing.Pdf;

/// <summary>Where everything goes on the A4 page (points, origin top left, y is the text baseline).</summary>
internal sealed class InvoiceLayout(SKCanvas canvas) : IDisposable
{
    private const float Left = 56f;
    private const float Right = PageWidth - 56f;
    private const float Width = Right - Left;
    private const float CustomerX = 330f;
    private static readonly SKColor Ink = new(0x1D, 0x1D, 0x1B);
    private static readonly SKColor Muted = new(0x5C, 0x61, 0x66);
    private static readonly SKColor Rule = new(0xCF, 0xD4, 0xD9);
    private static readonly SKColor Panel = new(0xF3, 0xF4, 0xF6);
    private static readonly SKColor FlemishYellow = new(0xFF, 0xE6, 0x15);

    private readonly TextStyle title = new(PdfFonts.Bold, 24f, Ink);
    private readonly TextStyle heading = new(PdfFonts.Bold, 12f, Ink);
    private readonly TextStyle body = new(PdfFonts.Regular, 9.5f, Ink);
    private readonly TextStyle strong = new(PdfFonts.Bold, 9.5f, Ink);
    private readonly TextStyle muted = new(PdfFonts.Regular, 8.5f, Muted);
    private readonly TextStyle label = new(PdfFonts.Regular, 7.5f, Muted);
    private readonly TextStyle grandTotal = new(PdfFonts.Bold, 13f, Ink);

    public void Draw(InvoiceDocument d)
    {
        DrawHeader(d);
        var customerBottom = DrawCustomer(d);
        var y = DrawFacts(d, Math.Max(262f, customerBottom + 20f));
        y = DrawLine(d, y + 40f);
        y = DrawTotals(d, y + 16f);
        y = DrawNotice(d, y + 30f);
        y = muted.DrawWrapped(canvas, InvoiceWording.NoVat, Left, y + 22f, Width);
        muted.DrawWrapped(canvas, InvoiceWording.Questions(d), Left, y + 6f, Width);
        DrawFooter(d);
    }

    private void DrawHeader(InvoiceDocument d)
    {
        Fill(new SKRect(0, 0, PageWidth, 8f), FlemishYellow);
        heading.Draw(canvas, d.Issuer.Name, Left, 64f);
        var y = 80f;
        foreach (var line in d.Issuer.AddressLines.Append($"KBO {d.Issuer.Kbo}"))
        {
            muted.Draw(canvas, line, Left, y);
            y += muted.LineHeight;
        }
        title.Draw(canvas, InvoiceWording.Title(d.Kind), Right, 70f, SKTextAlign.Right);
        heading.Draw(canvas, d.Number.ToString(), Right, 90f, SKTextAlign.Right);
    }

    private float DrawCustomer(InvoiceDocument d)
    {
        var (customer, kind) = (d.Customer, d.Kind);
        label.Draw(canvas, kind == InvoiceKind.CreditNote ? "CREDITNOTA VOOR" : "FACTUUR AAN", CustomerX, 150f);
        var y = 168f;
        foreach (var line in strong.Wrap(customer.Name, Right - CustomerX))
        {
            strong.Draw(canvas, line, CustomerX, y);
            y += body.LineHeight;
        }
        foreach (var line in customer.AddressLines.Append($"KBO {customer.Kbo}"))
            y = body.DrawWrapped(canvas, line, CustomerX, y, Right - CustomerX);
        if (d.BuyerReference is { Length: > 0 } buyer) y = body.DrawWrapped(canvas, $"Je referentie: {buyer}", CustomerX, y, Right - CustomerX);
        if (d.OrderReference is { Length: > 0 } order) y = body.DrawWrapped(canvas, $"Bestelbonnummer: {order}", CustomerX, y, Right - CustomerX);
        return y;
    }

    private float DrawFacts(InvoiceDocument d, float top)
    {
        (string Label, string Value, float Share)[] facts = d.Kind == InvoiceKind.CreditNote
            ? [("CREDITNOTANUMMER", d.Number.ToString(), 0.27f), ("DATUM", Dutch.Date(d.InvoiceDate), 0.2f),
               ("CORRIGEERT FACTUUR", d.Corrects!.Number.ToString(), 0.3f), ("FACTUURDATUM", Dutch.Date(d.Corrects.Date), 0.23f)]
            : [("FACTUURNUMMER", d.Number.ToString(), 0.24f), ("FACTUURDATUM", Dutch.Date(d.InvoiceDate), 0.19f),
               ("VERVALDATUM", Dutch.Date(d.DueDate!.Value), 0.19f), ("GESTRUCTUREERDE MEDEDELING", d.Communication!.Value.ToString(), 0.38f)];
        const float height = 46f;
        using (var paint = new SKPaint { Color = Panel, IsAntialias = true })
            canvas.DrawRoundRect(new SKRect(Left, top, Right, top + height), 4f, 4f, paint);
        var x = Left + 12f;
        foreach (var (name, value, share) in facts)
        {
            label.Draw(canvas, name, x, top + 17f);
            strong.Draw(canvas, value, x, top + 33f);
            x += (Width - 12f) * share;
        }
        return top + height;
    }

    private float DrawLine(InvoiceDocument d, float y)
    {
        label.Draw(canvas, "OMSCHRIJVING", Left, y);
        label.Draw(canvas, "BEDRAG", Right, y, SKTextAlign.Right);
        HorizontalRule(y + 7f, Ink, 0.8f);
        y += 26f;
        var year = d.Period.Start.Year;
        var description = d.Kind == InvoiceKind.CreditNote
            ? $"Creditering van factuur {d.Corrects!.Number} van {Dutch.Date(d.Corrects.Date)}"
            : $"{InvoiceWording.Product} {year}";
        strong.Draw(canvas, description, Left, y);
        strong.Draw(canvas, Dutch.Money(d.Total), Right, y, SKTextAlign.Right);
        y += body.LineHeight + 2f;
        var details = new List<string> { $"Periode: {d.Period}" };
        if (d.Fee is { } fee)
        {
            details.Add($"Inwoners op 1 januari {year}: {Dutch.Number(fee.Inhabitants)} – {fee.Tier}");
            details.Add($"Jaarbedrag {Dutch.Money(fee.AnnualFee)} × {fee.Months}/12 maanden");
        }
        foreach (var detail in details)
        {
            muted.Draw(canvas, detail, Left, y);
            y += muted.LineHeight;
        }
        if (d.Kind == InvoiceKind.CreditNote)
            y = muted.DrawWrapped(canvas, $"Reden: {d.CreditReason}", Left, y, Width - 110f);
        HorizontalRule(y + 2f, Rule, 0.6f);
        return y + 2f;
    }

    private float DrawTotals(InvoiceDocument d, float y)
    {
        const float labelX = 340f;
        y += 12f;
        body.Draw(canvas, "Totaal exclusief btw", labelX, y);
        body.Draw(canvas, Dutch.Money(d.Total), Right, y, SKTextAlign.Right);
        y += body.LineHeight + 2f;
        body.Draw(canvas, "Btw", labelX, y);
        body.Draw(canvas, "niet van toepassing", Right, y, SKTextAlign.Right);
        y += 10f;
        HorizontalRule(y, Ink, 0.8f, labelX);
        y += 20f;
        grandTotal.Draw(canvas, d.Kind == InvoiceKind.CreditNote ? "Gecrediteerd" : "Te betalen", labelX, y);
        grandTotal.Draw(canvas, Dutch.Money(d.Total), Right, y, SKTextAlign.Right);
        return y;
    }

    private float DrawNotice(InvoiceDocument d, float top)
    {
        var text = d.Kind == InvoiceKind.CreditNote ? InvoiceWording.Credit(d) : InvoiceWording.Payment(d);
        var lines = body.Wrap(text, Width - 32f);
        var height = 40f + lines.Count * body.LineHeight;
        Fill(new SKRect(Left, top, Right, top + height), Panel);
        Fill(new SKRect(Left, top, Left + 4f, top + height), FlemishYellow);
        strong.Draw(canvas, d.Kind == InvoiceKind.CreditNote ? "Verrekening" : "Betaling", Left + 18f, top + 22f);
        body.DrawWrapped(canvas, text, Left + 18f, top + 38f, Width - 32f);
        return top + height;
    }

    private void DrawFooter(InvoiceDocument d)
    {
        HorizontalRule(PageHeight - 52f, Rule, 0.6f);
        var issuer = d.Issuer;
        var text = $"{issuer.Name} · KBO {issuer.Kbo} · {string.Join(", ", issuer.AddressLines)} · IBAN {d.Iban} · BIC {d.Bic}";
        label.Draw(canvas, text, PageWidth / 2f, PageHeight - 38f, SKTextAlign.Center);
    }

    private void HorizontalRule(float y, SKColor color, float thickness, float from = Left)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = thickness, IsStroke = true };
        canvas.DrawLine(from, y, Right, y, paint);
    }

    private void Fill(SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color };
        canvas.DrawRect(rect, paint);
    }

    public void Dispose()
    {
        foreach (var style in new[] { title, heading, body, strong, muted, label, grandTotal })
            style.Dispose();
    }
}
