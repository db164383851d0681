using Billing.Domain;
using Billing.Pdf;
using Platform.Kernel.Formatting;

namespace Billing.EInvoicing;

/// <summary>Everything a Peppol BIS Billing 3.0 invoice or credit note carries; built from the stored invoice.</summary>
internal sealed record EInvoice
{
    public required InvoiceKind Kind { get; init; }

    public required InvoiceNumber Number { get; init; }

    public required DateOnly IssueDate { get; init; }

    /// <summary>Required on an invoice; a UBL credit note has no due date.</summary>
    public DateOnly? DueDate { get; init; }

    public required InvoicePeriod Period { get; init; }

    /// <summary>Amount to pay (invoice) or credited (credit note), euro, no VAT.</summary>
    public required decimal Amount { get; init; }

    public required EInvoiceParty Buyer { get; init; }

    /// <summary>The tenant's reference (BT-10); Peppol refuses a document without it or an order reference (R003). Empty = none.</summary>
    public required string BuyerReference { get; init; }

    /// <summary>The customer's purchase-order number (BT-13, <c>cac:OrderReference/cbc:ID</c>).</summary>
    public string? OrderReference { get; init; }

    public EInvoiceParty Seller { get; init; } = EInvoiceParty.EvDv;

    public string Iban { get; init; } = InvoiceDocument.EvDvIban;

    /// <summary>UNCL4461: 30 credit transfer or 58 SEPA credit transfer.</summary>
    public string PaymentMeansCode { get; init; } = "30";

    /// <summary>Required on an invoice.</summary>
    public StructuredCommunication? Communication { get; init; }

    /// <summary>The rendered PDF, embedded as additional document.</summary>
    public required byte[] Pdf { get; init; }

    /// <summary>The invoice a credit note corrects (required for credit notes).</summary>
    public CitedInvoice? Corrects { get; init; }

    public string? CreditReason { get; init; }

    public string LineName { get; init; } = InvoiceWording.Product;

    /// <summary>Optional explanation of the amount (tier, months), as item description.</summary>
    public string? LineDescription { get; init; }

    /// <summary>From the document the PDF was rendered from, so both always say the same.</summary>
    public static EInvoice From(InvoiceDocument document, byte[] pdf, string buyerReference) => new()
    {
        Kind = document.Kind,
        Number = document.Number,
        IssueDate = document.InvoiceDate,
        DueDate = document.DueDate,
        Period = document.Period,
        Amount = document.Total,
        Buyer = EInvoiceParty.From(document.Customer),
        BuyerReference = buyerReference,
        OrderReference = string.IsNullOrWhiteSpace(document.OrderReference) ? null : document.OrderReference.Trim(),
        Seller = EInvoiceParty.From(document.Issuer),
        Iban = document.Iban,
        Communication = document.Communication,
        Pdf = pdf,
        Corrects = document.Corrects,
        CreditReason = document.CreditReason,
        LineDescription = document.Fee is { } fee
            ? $"{Dutch.Number(fee.Inhabitants)} inwoners ({fee.Tier}), {fee.Months}/12 van {Dutch.Money(fee.AnnualFee)} per jaar"
            : null,
    };
}
