using System.ComponentModel.DataAnnotations;
using Billing.Payments;

namespace Billing.Stripe;

/// <summary>Configuration section <c>Billing:Stripe</c>; Stripe is optional and off unless <see cref="Enabled"/>.</summary>
internal sealed record StripeOptions : IValidatableObject
{
    public const string Section = "Billing:Stripe";

    public bool Enabled { get; set; }

    public string SecretKey { get; set; } = "";

    public string WebhookSecret { get; set; } = "";

    /// <summary>May contain Stripe's <c>{CHECKOUT_SESSION_ID}</c> placeholder.</summary>
    public string SuccessUrl { get; set; } = "";

    public string CancelUrl { get; set; } = "";

    /// <summary>How old a signed webhook may be (replay window); Stripe's own default is 300 s.</summary>
    public long WebhookToleranceSeconds { get; set; } = 300;

    public IReadOnlyList<string> PaymentMethodTypes { get; set; } = ["bancontact", "card"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(SecretKey) || string.IsNullOrWhiteSpace(WebhookSecret)))
            yield return new ValidationResult($"{Section}:Enabled needs {Section}:SecretKey and {Section}:WebhookSecret.", [nameof(Enabled)]);
    }
}
