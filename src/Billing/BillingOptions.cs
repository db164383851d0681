using Billing.Pdf;

namespace Billing;

/// <summary>Configuration section <c>Billing</c>: settings of the module as a whole (the features have their own sections).</summary>
internal sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>Who answers billing questions, printed on every invoice and credit note; empty = <see cref="InvoiceDocument.DefaultBillingContact"/>.</summary>
    public string? BillingContact { get; set; }

    public string Contact => BillingContact is { Length: > 0 } contact ? contact : InvoiceDocument.DefaultBillingContact;
}
