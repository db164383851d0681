using Stripe;
using Stripe.Checkout;

namespace Billing.Payments;

internal abstract record WebhookVerification
{
    public sealed record Accepted(Event Event) : WebhookVerification;

    /// <summary>Answer 400; <see cref="Reason"/> is for the log, not for the caller.</summary>
    public sealed record Refused(string Reason) : WebhookVerification;
}

/// <summary>A paid Checkout Session for one of our invoices.</summary>
internal sealed record StripePaymentNotice(string EventId, Guid InvoiceId, decimal Amount, string SessionId, string? PaymentIntentId);

/// <summary>Checks the <c>Stripe-Signature</c> header (HMAC-SHA256 over <c>t.body</c>) and its age against the replay window.</summary>
internal sealed class StripeWebhookVerifier(StripeSettings settings, TimeProvider time)
{
    public WebhookVerification Verify(string json, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(settings.WebhookSecret))
            return new WebhookVerification.Refused("No webhook secret configured.");
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return new WebhookVerification.Refused("Missing Stripe-Signature header.");
        try
        {
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            // The payload is trusted once signed; refusing on an API version difference would only drop real payments.
            var stripeEvent = EventUtility.ConstructEvent(json, signatureHeader, settings.WebhookSecret, settings.WebhookToleranceSeconds, now, throwOnApiVersionMismatch: false);
            return new WebhookVerification.Accepted(stripeEvent);
        }
        catch (StripeException e)
        {
            return new WebhookVerification.Refused(e.Message);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return new WebhookVerification.Refused("Body is not a Stripe event: " + e.Message);
        }
    }

    /// <returns>The payment to record, or null for events that do not pay an invoice of ours.</returns>
    public static StripePaymentNotice? PaymentOf(Event stripeEvent)
    {
        if (stripeEvent.Type is not (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded))
            return null;
        if (stripeEvent.Data.Object is not Session { PaymentStatus: "paid", AmountTotal: { } cents } session)
            return null;
        if (session.Metadata is null || !session.Metadata.TryGetValue(StripeCheckout.InvoiceIdKey, out var id) || !Guid.TryParse(id, out var invoiceId))
            return null;
        if (!string.Equals(session.Currency, "eur", StringComparison.OrdinalIgnoreCase))
            return null;
        return new(stripeEvent.Id, invoiceId, cents / 100m, session.Id, session.PaymentIntentId);
    }
}

/// <summary>Stripe delivers at least once: an event id is handled once (the database keeps the ids, unique).</summary>
internal sealed class ProcessedEvents(IEnumerable<string> alreadyProcessed)
{
    private readonly HashSet<string> _ids = new(alreadyProcessed, StringComparer.Ordinal);

    /// <returns>True the first time an id is seen; false for a redelivery, which must be acknowledged and ignored.</returns>
    public bool TryBegin(string eventId) => _ids.Add(eventId);

    public bool Contains(string eventId) => _ids.Contains(eventId);
}
