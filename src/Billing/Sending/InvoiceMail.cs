using Billing.Domain;

namespace Billing.Sending;

internal enum MailState
{
    /// <summary>Waiting for the mail job (also after a transient failure: it is tried again).</summary>
    Queued = 0,
    /// <summary>Every recipient's mail server accepted it.</summary>
    Sent = 1,
    /// <summary>At least one recipient's mail server refused it for good (see <see cref="InvoiceMail.Refused"/>).</summary>
    Bounced = 2,
    /// <summary>Not sent: the platform admin switched sending off for this tenant.</summary>
    Skipped = 3,
}

/// <summary>Sent-log of the mail that brings an invoice or credit note to the customer: one row per document and round
/// (round 0 is queued with the issue, in the same transaction; each resend is the next round). The key (document, round)
/// makes each round once, also with several nodes; the claim keeps two senders off the same row.</summary>
internal sealed class InvoiceMail
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InvoiceId { get; set; }
    /// <summary>The invoice's or the credit note's id.</summary>
    public Guid DocumentId { get; set; }
    public InvoiceKind Kind { get; set; }
    public required string Number { get; set; }
    public int Round { get; set; }
    public MailState State { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public Guid? QueuedBy { get; set; }
    /// <summary>Set for the mails of one bulk issue, to follow its progress.</summary>
    public Guid? BatchId { get; set; }
    /// <summary>Unix milliseconds until which a sender holds this row; 0 when free.</summary>
    public long ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Addresses whose mail server accepted the mail, comma-separated.</summary>
    public string? DeliveredTo { get; set; }
    /// <summary>Addresses whose mail server refused it (bounce), comma-separated.</summary>
    public string? Refused { get; set; }
    /// <summary>Dutch: why it is still waiting or was skipped.</summary>
    public string? Note { get; set; }

    /// <summary>False when the UBL could not be made (see <see cref="Note"/>); the PDF is always attached.</summary>
    public bool UblAttached { get; set; }
}

/// <summary>Whether invoices and credit notes are mailed to a tenant. Kept by Billing, keyed by the tenant's id (the tenant
/// record belongs to the Tenants module); no row means on.</summary>
internal sealed class TenantSendingSetting
{
    public Guid TenantId { get; set; }
    public bool SendByMail { get; set; } = true;
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
}
