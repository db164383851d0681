using Billing.Domain;

namespace Billing.Pdf;

/// <summary>Everything printed on one invoice or credit note; the renderer decides nothing but layout.</summary>
internal sealed record InvoiceDocument
{
    public const string EvDvIban = "BE86 3751 1175 0850";
    /// <summary>ING Belgium (bank code 375 of the IBAN).</summary>
    public const string EvDvBic = "BBRUBEBB";

    /// <summary>Printed when <c>Billing:BillingContact</c> is not configured.</summary>
    public const string DefaultBillingContact = "Financiën EV DV, facturatie.digitaal@vlaanderen.be";

    public required InvoiceKind Kind { get; init; }

    /// <summary>The customer's reference (BT-10) as fixed at issue; not printed when it had none yet.</summary>
    public string? BuyerReference { get; init; }

    /// <summary>The customer's purchase-order number (BT-13, "bestelbonnummer").</summary>
    public string? OrderReference { get; init; }

    /// <summary>Who answers questions about this invoice.</summary>
    public string BillingContact { get; init; } = DefaultBillingContact;

    public string Bic { get; init; } = EvDvBic;

    public required InvoiceNumber Number { get; init; }

    public required DateOnly InvoiceDate { get; init; }

    /// <summary>Required on an invoice (<see cref="InvoiceDueDate.For"/>); a credit note has none.</summary>
    public DateOnly? DueDate { get; init; }

    public required InvoicePeriod Period { get; init; }

    public required Party Customer { get; init; }

    /// <summary>How the fee was reached; required on an invoice, optional on a credit note.</summary>
    public FeeLine? Fee { get; init; }

    /// <summary>Amount to pay (invoice) or credited (credit note), in euro, no VAT.</summary>
    public required decimal Total { get; init; }

    /// <summary>Required on an invoice; on a credit note the communication of the corrected invoice, if any.</summary>
    public StructuredCommunication? Communication { get; init; }

    public Party Issuer { get; init; } = Party.EvDv;

    public string Iban { get; init; } = EvDvIban;

    /// <summary>The invoice a credit note corrects (required for credit notes).</summary>
    public CitedInvoice? Corrects { get; init; }

    /// <summary>Why the credit note was issued (required for credit notes).</summary>
    public string? CreditReason { get; init; }

    /// <summary>Where the customer can pay online (Stripe enabled at issue); the transfer stays the primary way.</summary>
    public string? OnlinePaymentUrl { get; init; }
}

internal sealed record Party(string Name, string Kbo, IReadOnlyList<string> AddressLines)
{
    public static Party EvDv { get; } = new("Eigen Vermogen Digitaal Vlaanderen", "0643.634.986", ["Havenlaan 88", "1000 Brussel"]);
}

internal sealed record FeeLine(int Inhabitants, string Tier, int Months, decimal AnnualFee)
{
    public static FeeLine From(FeeCalculation calculation) =>
        calculation is { Due: true, Inhabitants: { } inhabitants, Tier: { } tier }
            ? new(inhabitants, tier.Name, calculation.Months, calculation.AnnualFee)
            : throw new ArgumentException("Only a due fee can be invoiced.", nameof(calculation));
}

internal sealed record CitedInvoice(InvoiceNumber Number, DateOnly Date);
