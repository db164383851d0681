using Platform.Kernel.Tenancy;
using Billing.Payments;
using Billing.Pdf;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;

namespace Billing.Dunning;

/// <summary>A friendly notice or reminder mail: the step's text (finance's or the built-in one) filled in for one invoice.</summary>
internal static class DunningMail
{
    public static OutgoingMail For(DunningTemplate template, Invoice invoice, PaymentState state, InvoiceRecipient to, StoredPdf? pdf)
    {
        var values = Values(invoice, state, to.Name);
        IReadOnlyList<MailAttachment>? attachments = pdf is null ? null : [new MailAttachment(pdf.FileName, "application/pdf", pdf.Content)];
        return new OutgoingMail(to.Email, ReminderPlaceholders.Fill(template.Subject, values), ReminderPlaceholders.Fill(template.Body, values), Attachments: attachments);
    }

    public static IReadOnlyDictionary<string, string> Values(Invoice invoice, PaymentState state, string recipientName) => new Dictionary<string, string>
    {
        ["naam"] = recipientName,
        ["bestuur"] = invoice.CustomerName,
        ["factuurnummer"] = invoice.Number ?? "",
        ["factuurdatum"] = invoice.InvoiceDate is { } d ? Dutch.Date(d) : "",
        ["bedrag"] = Dutch.Money(invoice.Amount),
        ["openstaand"] = Dutch.Money(state.Outstanding),
        ["vervaldag"] = invoice.DueDate is { } due ? Dutch.Date(due) : "",
        ["gestructureerde_mededeling"] = invoice.Ogm?.ToString() ?? "",
        ["iban"] = InvoiceDocument.EvDvIban,
        ["reeds_betaald"] = state.PartiallyPaid ? $"We ontvingen al {Dutch.Money(invoice.PaidAmount)}; er staat nog {Dutch.Money(state.Outstanding)} open.\n\n" : "",
    };
}
