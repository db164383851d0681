using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StatusPage.Subscriptions;

namespace StatusPage.Subscriptions;

/// <summary>Anonymous e-mail subscription (double opt-in): the address receives a confirmation link first.</summary>
internal static class SubscriptionsApi
{
    internal sealed record SubscriptionResponse(Guid Id, string Email, bool Confirmed);

    public static void MapSubscriptionsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/status/subscriptions", Subscribe).AllowAnonymous().RequireRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite).WithTags("Status page (public)")
            .WithSummary("Subscribe an e-mail address to a product (slug or name), a component, or everything (monthlyReport: also the monthly availability report); sends a confirmation mail.")
            .ProducesValidationProblem();

    private static async Task<Results<Accepted<SubscriptionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Subscribe(
        SubscriptionRequest request, SubscriptionService subscriptions, CancellationToken ct) =>
        (await subscriptions.SubscribeAsync(request.Email, request.Product, request.ComponentId, "api", ct, request.MonthlyReport))
            .ToHttp(subscription => TypedResults.Accepted((string?)null, new SubscriptionResponse(subscription.Id, subscription.Email, false)));
}
