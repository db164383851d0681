using Billing.Domain;
using Billing.Payments;

namespace Billing.BankStatements;

/// <summary>An issued invoice still waiting for money, as the matcher needs it.</summary>
internal sealed record OpenInvoice(Guid InvoiceId, StructuredCommunication Communication, decimal Outstanding);

internal enum MatchMethod
{
    StructuredReference,
    FreeText,
}

internal enum PaymentOutcome
{
    Paid,
    PartiallyPaid,
    /// <summary>Paid, and more than was outstanding: finance must see it (refund or keep for the next invoice).</summary>
    Overpaid,
    /// <summary>The bank took back an earlier payment (a reversal matched by finance): the invoice is open again for that amount.</summary>
    Reversed,
}

/// <param name="OutstandingAfter">What remains open after this payment (0 when paid or overpaid).</param>
internal sealed record MatchedPayment(
    string BankReference,
    BankTransaction Transaction,
    DateOnly? BookingDate,
    Guid InvoiceId,
    MatchMethod Method,
    PaymentOutcome Outcome,
    decimal OutstandingAfter,
    decimal Overpayment);

internal enum ReviewReason
{
    NoReference,
    InvalidCheckDigits,
    UnknownCommunication,
    Ambiguous,
    /// <summary>The bank took back a payment we had received (a debit with the reversal indicator).</summary>
    Reversal,
    /// <summary>Money we sent came back (a credit with the reversal indicator); not an invoice payment.</summary>
    ReturnedOutgoingPayment,
    ForeignCurrency,
    InvalidAmount,
}

/// <summary>A credit that finance matches by hand or dismisses with a reason; <see cref="Explanation"/> is Dutch.</summary>
internal sealed record ReviewItem(string BankReference, BankTransaction Transaction, DateOnly? BookingDate, ReviewReason Reason, string Explanation);

internal enum SkipReason
{
    AlreadyImported,
    NotBooked,
    Debit,
}

internal sealed record SkippedEntry(string BankReference, SkipReason Reason);

/// <param name="ImportedReferences">Bank references to remember (with the payments and review items, in one transaction) so they are never imported again.</param>
internal sealed record ReconciledStatement(
    IReadOnlyList<MatchedPayment> Payments,
    IReadOnlyList<ReviewItem> Review,
    IReadOnlyList<SkippedEntry> Skipped,
    IReadOnlyList<string> ImportedReferences);
