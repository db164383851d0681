using Platform.Kernel.Tenancy;
using Billing.Pdf;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;

namespace Billing.Sending;

/// <summary>The Dutch wording of the mail that brings an invoice or credit note.</summary>
internal static class InvoiceMailText
{
    private const string Closing =
        "Met vragen over deze factuur kun je op deze e-mail antwoorden.\n\n" +
        "Met vriendelijke groeten,\n" +
        "Eigen Vermogen Digitaal Vlaanderen – Financiën\n";

    public static OutgoingMail ForInvoice(Invoice i, InvoiceRecipient to, string? onlinePaymentUrl, IReadOnlyList<MailAttachment> attachments)
    {
        var subject = $"Factuur {i.Number} voor de Mijn Burgerprofiel-app";
        var online = onlinePaymentUrl is null ? "" : $"Je kunt ook online betalen via {onlinePaymentUrl}.\n\n";
        var body =
            $"Beste {to.Name},\n\n" +
            $"In bijlage vind je factuur {i.Number} van {Dutch.Date(i.InvoiceDate!.Value)} aan {i.CustomerName} voor het abonnement op de " +
            $"Mijn Burgerprofiel-app, periode {i.Period}.\n\n" +
            $"Bedrag: {Dutch.Money(i.Amount)} (geen btw)\n" +
            $"Vervaldatum: {Dutch.Date(i.DueDate!.Value)}\n" +
            $"Rekening: {InvoiceDocument.EvDvIban} (BIC {InvoiceDocument.EvDvBic}) van Eigen Vermogen Digitaal Vlaanderen\n" +
            $"Gestructureerde mededeling: {i.Ogm}\n\n" +
            "Met die mededeling wordt je betaling automatisch verwerkt.\n\n" +
            online +
            Attached(attachments) + Closing;
        return new OutgoingMail(to.Email, subject, body, Attachments: attachments);
    }

    public static OutgoingMail ForCreditNote(CreditNote c, Invoice i, InvoiceRecipient to, IReadOnlyList<MailAttachment> attachments)
    {
        var subject = $"Creditnota {c.Number} bij factuur {i.Number} voor de Mijn Burgerprofiel-app";
        var body =
            $"Beste {to.Name},\n\n" +
            $"In bijlage vind je creditnota {c.Number} van {Dutch.Date(c.Date)} aan {i.CustomerName}. Ze corrigeert factuur {i.Number} " +
            $"van {Dutch.Date(i.InvoiceDate!.Value)}.\n\n" +
            $"Bedrag van de creditnota: {Dutch.Money(c.Amount)} (geen btw)\n" +
            $"Reden: {c.Reason}\n\n" +
            "Je hoeft voor deze creditnota niets te betalen.\n\n" +
            Attached(attachments) + Closing;
        return new OutgoingMail(to.Email, subject, body, Attachments: attachments);
    }

    private static string Attached(IReadOnlyList<MailAttachment> attachments) => attachments.Count > 1
        ? "In bijlage: het document als PDF en als e-factuur (Peppol BIS 3.0, UBL) voor je boekhouding.\n\n"
        : "In bijlage: het document als PDF.\n\n";
}
