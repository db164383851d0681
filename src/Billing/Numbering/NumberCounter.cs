using Billing.Domain;

namespace Billing.Numbering;

/// <summary>The last number handed out in one series (kind, year). Updated in the issuing transaction, so a
/// rolled-back issue gives its number back and the series stays gap-free.</summary>
internal sealed class NumberCounter
{
    public InvoiceKind Kind { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

/// <summary>EV DV's register of every number handed out, across tenants: the database refuses a second
/// document with the same (kind, year, sequence) or the same structured communication.</summary>
internal sealed class IssuedNumber
{
    public InvoiceKind Kind { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    public required string Number { get; set; }
    /// <summary>12 plain digits; invoices only.</summary>
    public string? Communication { get; set; }
    public Guid DocumentId { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
