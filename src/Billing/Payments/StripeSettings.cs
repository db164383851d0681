namespace Billing.Payments;

/// <summary>Configuration section <c>Billing:Stripe</c>; Stripe is optional and off unless <see cref="Enabled"/>.</summary>
internal sealed record StripeSettings
{
    public const string Section = "Billing:Stripe";

    public bool Enabled { get; init; }

    public string SecretKey { get; init; } = "";

    public string WebhookSecret { get; init; } = "";

    /// <summary>May contain Stripe's <c>{CHECKOUT_SESSION_ID}</c> placeholder.</summary>
    public string SuccessUrl { get; init; } = "";

    public string CancelUrl { get; init; } = "";

    /// <summary>How old a signed webhook may be (replay window); Stripe's own default is 300 s.</summary>
    public long WebhookToleranceSeconds { get; init; } = 300;

    public IReadOnlyList<string> PaymentMethodTypes { get; init; } = ["bancontact", "card"];
}
