using Billing.Payments;
using Microsoft.Extensions.Options;
using Platform.Kernel.Net;
using Billing.Stripe;

namespace Billing.Issuing;

/// <summary>Absolute links printed on invoices, over the kernel's <see cref="PublicLinks"/>.</summary>
internal sealed class BillingLinks(PublicLinks links, IOptions<BillingOptions> billing, IOptions<StripeOptions> stripe)
{
    public string Base => links.Base;

    /// <summary>Who answers billing questions, printed on every invoice and credit note (<c>Billing:BillingContact</c>).</summary>
    public string BillingContact => billing.Value.Contact;

    /// <summary>The tenant admins' invoice page, where the "Online betalen" button is; only when Stripe is on.</summary>
    public string? OnlinePayment => stripe.Value.Enabled ? links.To("mijn-facturen") : null;
}
