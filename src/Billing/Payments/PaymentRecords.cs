using Platform.Kernel.Tenancy;
using Billing.BankStatements;
using Billing.Stripe;

namespace Billing.Payments;

internal enum PaymentSource
{
    BankStatement,
    Stripe,
}

/// <summary>How a payment was tied to its invoice: automatically (structured reference or free text), by finance, or by Stripe.</summary>
internal enum PaymentLink
{
    StructuredReference,
    FreeText,
    ByHand,
    StripeCheckout,
}

/// <summary>Money received for one invoice, or taken back by the bank (a reversal: negative amount). Tenant-owned, like the
/// invoice; never changed or deleted once recorded: a reversal is a new row.</summary>
internal sealed class Payment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InvoiceId { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Booking date on the statement, or the day Stripe reported the payment (Brussels).</summary>
    public DateOnly ReceivedOn { get; set; }
    public PaymentSource Source { get; set; }
    public PaymentLink LinkedBy { get; set; }
    /// <summary>The bank's entry reference, or the Stripe event id.</summary>
    public required string Reference { get; set; }
    /// <summary>The transaction detail within a batched entry, or the Stripe payment intent.</summary>
    public string? TransactionReference { get; set; }
    public string? PayerName { get; set; }
    public string? PayerIban { get; set; }
    /// <summary>What this payment brought in beyond what was still owed: finance refunds or settles it.</summary>
    public decimal Overpayment { get; set; }
    public Guid? ImportId { get; set; }
    public Guid? ReviewEntryId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>One uploaded (or dropped) camt.053 file and what it did.</summary>
internal sealed class BankImport
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    /// <summary>The statements' own ids (<c>Stmt/Id</c>), comma-separated.</summary>
    public required string StatementIds { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public Guid? ImportedBy { get; set; }
    public int Entries { get; set; }
    public int Matched { get; set; }
    public int ToReview { get; set; }
    public int Skipped { get; set; }
    public decimal MatchedTotal { get; set; }
}

/// <summary>A bank entry that was imported; the bank's reference is the key, so an entry is imported once, even when
/// two nodes read the same file at the same time.</summary>
internal sealed class ImportedBankEntry
{
    public required string BankReference { get; set; }
    public Guid ImportId { get; set; }
    public DateOnly? BookingDate { get; set; }
    public decimal Amount { get; set; }
}

internal enum ReviewState
{
    Open,
    Matched,
    Dismissed,
}

/// <summary>An incoming credit the platform could not tie to an invoice; finance matches it by hand or dismisses it with a reason.</summary>
internal sealed class ReviewEntry
{
    public Guid Id { get; set; }
    public Guid ImportId { get; set; }
    public required string BankReference { get; set; }
    public required string TransactionReference { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateOnly? BookingDate { get; set; }
    public string? PayerName { get; set; }
    public string? PayerIban { get; set; }
    public string? StructuredReference { get; set; }
    public string? FreeText { get; set; }
    public ReviewReason Reason { get; set; }
    public required string Explanation { get; set; }
    public ReviewState State { get; set; }
    /// <summary>Concurrency token: two people resolving the same entry cannot both win.</summary>
    public int Version { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public Guid? ResolvedBy { get; set; }
    /// <summary>Why it was dismissed (required), or a remark with a hand match.</summary>
    public string? ResolutionNote { get; set; }
    public Guid? InvoiceId { get; set; }
    public Guid? PaymentId { get; set; }

    /// <summary>A euro amount can be matched to an invoice: a credit pays it, a reversal takes an earlier payment back.
    /// Foreign currency and entries without an amount can only be dismissed.</summary>
    public bool CanBeMatched => Amount > 0m && Currency == PaymentMatcher.Euro
        && Reason is not (ReviewReason.ForeignCurrency or ReviewReason.InvalidAmount or ReviewReason.ReturnedOutgoingPayment);

    public bool IsReversal => Reason == ReviewReason.Reversal;
}

/// <summary>A Stripe event handled once: the id is the key (Stripe delivers at least once).</summary>
internal sealed class ProcessedStripeEvent
{
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public Guid? InvoiceId { get; set; }
}

/// <summary>The latest Stripe Checkout Session of an invoice, reused while it is open and for the same amount.</summary>
internal sealed class StripeCheckoutSession
{
    public required string SessionId { get; set; }
    public Guid InvoiceId { get; set; }
    public Guid TenantId { get; set; }
    public long AmountInCents { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Sent-log of payment reminders; the key (invoice, step) makes each step once, also across nodes.</summary>
internal sealed class ReminderSent
{
    public Guid InvoiceId { get; set; }
    public int Step { get; set; }
    public Guid TenantId { get; set; }
    public DateOnly SentOn { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public int Recipients { get; set; }
}
