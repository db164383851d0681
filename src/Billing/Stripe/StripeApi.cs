using System.Security.Claims;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Billing.BankStatements;
using Billing.Stripe;
using Billing.Reminders;
using Billing.Web;

namespace Billing.Stripe;

/// <summary>Online payment through Stripe Checkout (when configured) and the webhook that books it.</summary>
internal static class StripeApi
{
    /// <summary>Stripe events are a few kilobytes; anything far larger is not one.</summary>
    private const int MaxWebhookChars = 256 * 1024;

    public static void MapStripe(this RouteGroupBuilder billing)
    {
        billing.MapPost("/invoices/{id:guid}/checkout", Checkout).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("A Stripe Checkout link for exactly what is still outstanding on an issued invoice. 409 when there is nothing to pay online or Stripe is off.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status502BadGateway);
        // Called by Stripe, not by people: authenticated by the Stripe-Signature header over the raw body, so not in the API description.
        billing.MapPost("/stripe/webhook", Webhook).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<CheckoutResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Checkout(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, StripePayments stripe, CancellationToken ct)
    {
        var invoice = await Access.Invoices(db, user, current).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null) return TypedResults.NotFound();
        try
        {
            return (await stripe.CheckoutAsync(invoice, user.FindFirstValue(ClaimTypes.Email), ct))
                .ToOk(link => new CheckoutResponse(link.Url, Euro.Of(link.Amount), link.ExpiresAt));
        }
        catch (global::Stripe.StripeException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Online betalen niet mogelijk",
                detail: "Stripe is op dit moment niet bereikbaar. Probeer het later opnieuw of betaal met een overschrijving.");
        }
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> Webhook(HttpRequest request, StripePayments stripe, CancellationToken ct)
    {
        if (request.ContentLength is > MaxWebhookChars || await ReadBodyAsync(request, ct) is not { } json)
            return Refused();
        var outcome = await stripe.HandleWebhookAsync(json, request.Headers["Stripe-Signature"].ToString() is { Length: > 0 } h ? h : null, ct);
        return outcome == WebhookOutcome.Refused ? Refused() : TypedResults.Ok(new WebhookResponse(ApiNames.Of(outcome)));
    }

    /// <summary>The raw body as sent: the signature covers these exact characters, so nothing is model-bound.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var buffer = new char[8192];
        var body = new System.Text.StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            body.Append(buffer, 0, read);
            if (body.Length > MaxWebhookChars) return null;
        }
        return body.ToString();
    }

    /// <summary>Deliberately says nothing of why (the log does).</summary>
    private static ProblemHttpResult Refused() =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Webhook geweigerd (invalid webhook)");
}
