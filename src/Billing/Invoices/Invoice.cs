using Billing.Domain;
using Platform.Kernel.Tenancy;

namespace Billing.Invoices;

internal enum InvoiceStatus
{
    Draft = 0,
    Issued = 1,
    /// <summary>Finance recorded that this year was invoiced outside the platform; blocks any draft for it.</summary>
    RecordedOutside = 2,
}

/// <summary>The yearly subscription invoice of one tenant. Tenant-owned: a tenant admin's queries see only their own;
/// finance reads across tenants with IgnoreQueryFilters and writes inside the invoice's tenant scope.</summary>
internal sealed class Invoice : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Year { get; set; }
    public InvoiceStatus Status { get; set; }

    /// <summary>Bumped on every change; a concurrency token so two issuers of the same draft cannot both win.</summary>
    public int Version { get; set; }

    public required string CustomerName { get; set; }
    public required string CustomerKbo { get; set; }
    public required string CustomerStreet { get; set; }
    public required string CustomerPostalCode { get; set; }
    public required string CustomerCity { get; set; }

    public int Inhabitants { get; set; }
    public int TierNumber { get; set; }
    public required string TierName { get; set; }
    public decimal AnnualFee { get; set; }
    public int Months { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public required string Explanation { get; set; }

    public int? NumberYear { get; set; }
    public int? Sequence { get; set; }
    public string? Number { get; set; }
    public DateOnly? InvoiceDate { get; set; }
    public DateOnly? DueDate { get; set; }
    /// <summary>12 plain digits of the structured communication.</summary>
    public string? Communication { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public Guid? IssuedBy { get; set; }

    /// <summary>The day the last payment made the invoice fully paid; payment bookkeeping is the only change an issued invoice allows.</summary>
    public DateOnly? PaidOn { get; set; }
    /// <summary>Sum of the recorded payments (bank, Stripe, by hand); may exceed what is owed (overpayment).</summary>
    public decimal PaidAmount { get; set; }
    public decimal CreditedAmount { get; set; }

    /// <summary>Derived from <see cref="Amount"/>, <see cref="PaidAmount"/> and <see cref="CreditedAmount"/>, never set: stored
    /// only so the database can tell the status without comparing decimals (EF saves the value whenever the amounts change).</summary>
    public Settlement Settlement
    {
        get => Settlements.Of(Amount, PaidAmount, CreditedAmount);
        private set { } // read back from the database: the amounts are the truth
    }

    /// <summary>The tenant's reference or order number (Peppol BT-10), fixed at issue or, when the tenant had none yet,
    /// the first time the e-invoice is made; never changed after that.</summary>
    public string? BuyerReference { get; set; }

    /// <summary>The customer's purchase-order number ("bestelbonnummer", Peppol BT-13), set by finance on the draft; fixed at issue.</summary>
    public string? OrderReference { get; set; }

    /// <summary>For <see cref="InvoiceStatus.RecordedOutside"/>: the reference of the invoice sent outside the platform.</summary>
    public string? OutsideReference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? RunId { get; set; }

    public InvoicePeriod Period => new(PeriodStart, PeriodEnd);

    public StructuredCommunication? Ogm => Communication is null ? null : StructuredCommunication.Parse(Communication);

    public InvoiceNumber? ParsedNumber => Number is null ? null : InvoiceNumber.Parse(Number);

    /// <summary>Where payment stands (issued invoices only): outstanding, overpaid, days overdue.</summary>
    public Payments.PaymentState PaymentOn(DateOnly today) =>
        Payments.PaymentFollowUp.Status(Amount, PaidAmount, CreditedAmount, DueDate ?? DateOnly.MaxValue, today);

    /// <summary>What finance sees: draft, issued, partially paid, paid, overdue, credited (derived from the stored facts and today).</summary>
    public DisplayStatus DisplayStatusOn(DateOnly today) => Status switch
    {
        InvoiceStatus.Draft => DisplayStatus.Draft,
        InvoiceStatus.RecordedOutside => DisplayStatus.RecordedOutside,
        _ => PaymentOn(today).Status switch
        {
            Payments.PaymentStatus.Credited => DisplayStatus.Credited,
            Payments.PaymentStatus.Paid => DisplayStatus.Paid,
            Payments.PaymentStatus.Overdue => DisplayStatus.Overdue,
            Payments.PaymentStatus.PartiallyPaid => DisplayStatus.PartiallyPaid,
            _ => DisplayStatus.Issued,
        },
    };
}

internal enum DisplayStatus { Draft, Issued, PartiallyPaid, Paid, Overdue, Credited, RecordedOutside }

internal static class DisplayStatusText
{
    public static string ToDutch(this DisplayStatus status) => status switch
    {
        DisplayStatus.Draft => "Ontwerp",
        DisplayStatus.Issued => "Uitgegeven",
        DisplayStatus.PartiallyPaid => "Deels betaald",
        DisplayStatus.Paid => "Betaald",
        DisplayStatus.Overdue => "Vervallen",
        DisplayStatus.Credited => "Gecrediteerd",
        DisplayStatus.RecordedOutside => "Buiten het platform gefactureerd",
        _ => status.ToString(),
    };

    public static string ApiName(this DisplayStatus status) => status switch
    {
        DisplayStatus.RecordedOutside => "recordedOutside",
        DisplayStatus.PartiallyPaid => "partiallyPaid",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out DisplayStatus status)
    {
        status = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var s in Enum.GetValues<DisplayStatus>())
            if (string.Equals(s.ApiName(), text.Trim(), StringComparison.OrdinalIgnoreCase)) { status = s; return true; }
        return false;
    }
}
