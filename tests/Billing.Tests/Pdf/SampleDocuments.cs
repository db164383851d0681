using Billing.Domain;
using Billing.Pdf;

namespace Billing.Tests.Pdf;

internal static class SampleDocuments
{
    public static readonly Party Gent = new("Stad Gent", "0207.451.227", ["Botermarkt 1", "9000 Gent"]);

    /// <summary>Gent's first invoice if the app went live in May 2023 with a 25 001 – 50 000 count: 7 000 × 8 / 12.</summary>
    public static InvoiceDocument Invoice()
    {
        var calculation = FeeCalculator.Calculate(2023, 32_000, new DateOnly(2023, 5, 14), null, PriceList.Default());
        var number = new InvoiceNumber(InvoiceKind.Invoice, 2023, 1);
        return new InvoiceDocument
        {
            Kind = InvoiceKind.Invoice,
            Number = number,
            InvoiceDate = new DateOnly(2023, 5, 22),
            DueDate = InvoiceDueDate.For(new DateOnly(2023, 5, 22)),
            Period = calculation.Period!,
            Customer = Gent,
            Fee = FeeLine.From(calculation),
            Total = calculation.Amount,
            Communication = StructuredCommunication.FromInvoice(number.Year, number.Sequence),
        };
    }

    public static InvoiceDocument CreditNote() => Invoice() with
    {
        Kind = InvoiceKind.CreditNote,
        Number = new InvoiceNumber(InvoiceKind.CreditNote, 2023, 3),
        InvoiceDate = new DateOnly(2023, 7, 3),
        DueDate = null,
        Fee = null,
        Total = 1_250.50m,
        Corrects = new CitedInvoice(new InvoiceNumber(InvoiceKind.Invoice, 2023, 1), new DateOnly(2023, 5, 22)),
        CreditReason = "Inwonersaantal verbeterd na publicatie van de Gemeente-Stadsmonitor; het verschil wordt gecrediteerd.",
    };
}
