using Billing.Payments;
using Billing.Pdf;
using Microsoft.Extensions.Configuration;

namespace Billing.Issuing;

/// <summary>Absolute links printed on invoices, from <c>Platform:PublicBaseUrl</c>.</summary>
internal sealed class BillingLinks(IConfiguration configuration, StripeSettings stripe)
{
    public string Base { get; } = (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5080").TrimEnd('/');

    /// <summary>Who answers billing questions, printed on every invoice and credit note (<c>Billing:BillingContact</c>).</summary>
    public string BillingContact { get; } = configuration["Billing:BillingContact"] is { Length: > 0 } contact ? contact : InvoiceDocument.DefaultBillingContact;

    /// <summary>The tenant admins' invoice page, where the "Online betalen" button is; only when Stripe is on.</summary>
    public string? OnlinePayment => stripe.Enabled ? Base + "/mijn-facturen" : null;
}
