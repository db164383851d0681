using Billing.Domain;
using Billing.Pdf;

namespace Billing.Issuing;

/// <summary>Turns stored invoices and credit notes into what the PDF prints.</summary>
internal static class Documents
{
    public static Party Customer(Invoice i) => new(i.CustomerName, i.CustomerKbo, [i.CustomerStreet, $"{i.CustomerPostalCode} {i.CustomerCity}"]);

    public static InvoiceDocument ForInvoice(Invoice i, string? onlinePaymentUrl = null, string billingContact = InvoiceDocument.DefaultBillingContact) => new()
    {
        BillingContact = billingContact,
        BuyerReference = i.BuyerReference,
        OrderReference = i.OrderReference,
        OnlinePaymentUrl = onlinePaymentUrl,
        Kind = InvoiceKind.Invoice,
        Number = i.ParsedNumber!.Value,
        InvoiceDate = i.InvoiceDate!.Value,
        DueDate = i.DueDate,
        Period = i.Period,
        Customer = Customer(i),
        Fee = new FeeLine(i.Inhabitants, i.TierName, i.Months, i.AnnualFee),
        Total = i.Amount,
        Communication = i.Ogm,
    };

    public static InvoiceDocument ForCreditNote(CreditNote c, Invoice i, string billingContact = InvoiceDocument.DefaultBillingContact) => new()
    {
        BillingContact = billingContact,
        BuyerReference = i.BuyerReference,
        OrderReference = i.OrderReference,
        Kind = InvoiceKind.CreditNote,
        Number = InvoiceNumber.Parse(c.Number),
        InvoiceDate = c.Date,
        Period = i.Period,
        Customer = Customer(i),
        Total = c.Amount,
        Communication = i.Ogm,
        Corrects = new CitedInvoice(i.ParsedNumber!.Value, i.InvoiceDate!.Value),
        CreditReason = c.Reason,
    };

    public static string FileName(string number) => $"{number}.pdf";
}
