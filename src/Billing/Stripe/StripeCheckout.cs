using Stripe;
using global::Stripe.Checkout;
using Billing.Payments;

namespace Billing.Stripe;

/// <param name="Generation">1 for the first session of this invoice and amount; higher when an earlier one ran out, so Stripe
/// (which remembers a key for 24 h) makes a new session instead of handing back the expiring one.</param>
internal sealed record CheckoutRequest(Guid InvoiceId, string InvoiceNumber, decimal Amount, string? CustomerEmail = null, int Generation = 1);

/// <param name="ExpiresAt">When Stripe closes the session (24 h by default); null when Stripe did not say.</param>
internal sealed record CheckoutLink(string SessionId, string Url, string IdempotencyKey, DateTimeOffset? ExpiresAt = null);

/// <summary>Creates a Stripe Checkout Session for exactly what is outstanding on one invoice.</summary>
internal sealed class StripeCheckout(IStripeClient client, Microsoft.Extensions.Options.IOptions<StripeOptions> options)
{
    private readonly StripeOptions settings = options.Value;

    public const string InvoiceIdKey = "invoice_id";
    public const string InvoiceNumberKey = "invoice_number";

    /// <summary>
    /// Same invoice and amount → same key, so a retried call (timeout, double click) returns the first session instead
    /// of creating a second one; a different amount (what remains after a partial payment) is a new request.
    /// </summary>
    public static string IdempotencyKey(Guid invoiceId, long amountInCents, int generation = 1) =>
        $"invoice-{invoiceId:N}-checkout-{amountInCents}-v{generation}";

    public static long ToCents(decimal amount)
    {
        if (amount <= 0m || decimal.Round(amount, 2) != amount)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A positive euro amount with at most two decimals.");
        return (long)(amount * 100m);
    }

    /// <summary>Stripe.net gives Unix times as UTC <see cref="DateTime"/>s, the epoch when Stripe sent none.</summary>
    public static DateTimeOffset? Utc(DateTime stripeTime) =>
        stripeTime > DateTime.UnixEpoch ? new DateTimeOffset(DateTime.SpecifyKind(stripeTime, DateTimeKind.Utc)) : null;

    /// <summary>Closes a session that must no longer be paid (the amount it asks is no longer what is owed).</summary>
    public async Task ExpireAsync(string sessionId, CancellationToken cancellationToken = default) =>
        await new SessionService(client).ExpireAsync(sessionId, cancellationToken: cancellationToken);

    public async Task<CheckoutLink> CreateAsync(CheckoutRequest request, CancellationToken cancellationToken = default)
    {
        if (!settings.Enabled)
            throw new InvalidOperationException("Online betalen met Stripe is niet ingeschakeld.");
        var cents = ToCents(request.Amount);
        var metadata = new Dictionary<string, string>
        {
            [InvoiceIdKey] = request.InvoiceId.ToString(),
            [InvoiceNumberKey] = request.InvoiceNumber,
        };
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            Locale = "nl",
            ClientReferenceId = request.InvoiceId.ToString(),
            CustomerEmail = request.CustomerEmail,
            AllowedPaymentMethodTypes = settings.PaymentMethodTypes.ToList(),
            SuccessUrl = settings.SuccessUrl,
            CancelUrl = settings.CancelUrl,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new(metadata), Description = $"Factuur {request.InvoiceNumber}" },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "eur",
                        UnitAmount = cents,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = $"Factuur {request.InvoiceNumber}" },
                    },
                },
            ],
        };
        var key = IdempotencyKey(request.InvoiceId, cents, request.Generation);
        var session = await new SessionService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = key }, cancellationToken);
        return new(session.Id, session.Url, key, Utc(session.ExpiresAt));
    }
}
