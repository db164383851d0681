using Platform.Kernel.Pdf;
using Billing.Domain;
using SkiaSharp;

namespace Billing.Pdf;

/// <summary>Renders an invoice or credit note as a one-page A4 PDF with real, searchable text.</summary>
internal sealed class InvoicePdfRenderer
{
    public const float PageWidth = 595f;
    public const float PageHeight = 842f;

    /// <summary>Writes the PDF to <paramref name="output"/> as it is produced; the stream is left open.</summary>
    public void Render(InvoiceDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        Validate(document);

        var title = $"{InvoiceWording.Title(document.Kind)} {document.Number}";
        // Dates come from the document, not the clock, so re-rendering an invoice yields the same bytes.
        var issued = document.InvoiceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var metadata = PdfDocuments.Metadata(title, new DateTimeOffset(issued, TimeSpan.Zero), subject: $"{title} – {document.Customer.Name}", author: document.Issuer.Name);

        using var pdf = PdfDocuments.Create(output, metadata);
        var canvas = pdf.BeginPage(PageWidth, PageHeight);
        using (var layout = new InvoiceLayout(canvas))
            layout.Draw(document);
        pdf.EndPage();
        pdf.Finish();
    }

    public byte[] RenderToArray(InvoiceDocument document)
    {
        using var buffer = new MemoryStream();
        Render(document, buffer);
        return buffer.ToArray();
    }

    private static void Validate(InvoiceDocument document)
    {
        if (document.Number.Kind != document.Kind)
            throw new ArgumentException($"Number {document.Number} does not belong to a {document.Kind}.", nameof(document));
        if (document.Total <= 0m)
            throw new ArgumentException("The total must be positive.", nameof(document));
        if (document.Kind == InvoiceKind.Invoice && (document.Fee is null || document.Communication is null || document.DueDate is null))
            throw new ArgumentException("An invoice needs its fee line, due date and structured communication.", nameof(document));
        if (document.Kind == InvoiceKind.CreditNote && (document.Corrects is null || string.IsNullOrWhiteSpace(document.CreditReason)))
            throw new ArgumentException("A credit note cites the invoice it corrects and gives a reason.", nameof(document));
    }
}
