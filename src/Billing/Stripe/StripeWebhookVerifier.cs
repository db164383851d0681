using Stripe;
using global::Stripe.Checkout;
using Billing.Payments;

namespace Billing.Stripe;

internal abstract record WebhookVerification
{
    public sealed record Accepted(Event Event) : WebhookVerification;

    /// <summary>Signed by Stripe but not a usable event (unparsable body): acknowledge it as ignored, or Stripe redelivers
    /// it for days; <see cref="Reason"/> is for the log.</summary>
    public sealed record Unusable(string Reason) : WebhookVerification;

    /// <summary>Answer 400; <see cref="Reason"/> is for the log, not for the caller.</summary>
    public sealed record Refused(string Reason) : WebhookVerification;
}

/// <summary>A paid Checkout Session for one of our invoices.</summary>
internal sealed record StripePaymentNotice(string EventId, Guid InvoiceId, decimal Amount, string SessionId, string? PaymentIntentId);

/// <summary>Checks the <c>Stripe-Signature</c> header (HMAC-SHA256 over <c>t.body</c>) and its age against the replay window.</summary>
internal sealed class StripeWebhookVerifier(StripeOptions settings, TimeProvider time)
{
    public WebhookVerification Verify(string json, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(settings.WebhookSecret))
            return new WebhookVerification.Refused("No webhook secret configured.");
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return new WebhookVerification.Refused("Missing Stripe-Signature header.");
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        try
        {
            EventUtility.ValidateSignature(json, signatureHeader, settings.WebhookSecret, settings.WebhookToleranceSeconds, now);
        }
        catch (StripeException e)
        {
            return new WebhookVerification.Refused(e.Message);
        }
        try
        {
            // The payload is trusted once signed; refusing on an API version difference would only drop real payments.
            var stripeEvent = EventUtility.ParseEvent(json, throwOnApiVersionMismatch: false);
            // The id and type are stored (the id once, as key): only what fits the columns and holds no control characters.
            return Storable(stripeEvent?.Id, 255) && Storable(stripeEvent!.Type, 100)
                ? new WebhookVerification.Accepted(stripeEvent)
                : new WebhookVerification.Unusable("Signed body has no usable event id or type.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the parser throws on a body Stripe signed (JSON errors, but also casts and nulls inside Stripe.net).
            return new WebhookVerification.Unusable($"Signed body is not a Stripe event ({e.GetType().Name}).");
        }
    }

    /// <summary>Stripe Checkout's own maximum for a euro amount (€999,999.99).</summary>
    private const long MaxCents = 99_999_999;

    private static bool Storable(string? value, int max) => value is { Length: > 0 } v && v.Length <= max && !v.Any(char.IsControl);

    /// <returns>The payment to record, or null for events that do not pay an invoice of ours.</returns>
    public static StripePaymentNotice? PaymentOf(Event stripeEvent) => PaymentOf(stripeEvent, out _);

    /// <param name="unusable">Why an event that looks like a payment of ours cannot be booked (for the log), else null.</param>
    public static StripePaymentNotice? PaymentOf(Event stripeEvent, out string? unusable)
    {
        unusable = null;
        if (stripeEvent.Type is not (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded))
            return null;
        if (stripeEvent.Data.Object is not Session { PaymentStatus: "paid", AmountTotal: { } cents } session)
            return null;
        if (session.Metadata is null || !session.Metadata.TryGetValue(StripeCheckout.InvoiceIdKey, out var id) || !Guid.TryParse(id, out var invoiceId))
            return null;
        if (!string.Equals(session.Currency, "eur", StringComparison.OrdinalIgnoreCase))
            return null;
        if (cents is <= 0 or > MaxCents || !Storable(session.Id, 255) || session.PaymentIntentId is { Length: > 255 })
        {
            unusable = cents is <= 0 or > MaxCents ? $"amount_total {cents} is not a payment Checkout can take" : "the session has no usable id";
            return null;
        }
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
