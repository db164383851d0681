using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace Tenants.Checklist;

internal static class ChecklistApi
{
    public sealed record ChecklistResponse(bool ReadyForGoLive, IReadOnlyList<OnboardingChecklist.Item> Items);

    public static void MapChecklistApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tenants/{tenant}/checklist", Get).WithTags("Tenants").RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("What the onboarding still lacks before go-live.");

    private static async Task<Results<Ok<ChecklistResponse>, NotFound>> Get(ChecklistReader checklist, CancellationToken ct) =>
        await checklist.OfCurrentAsync(ct) is { } items ? TypedResults.Ok(new ChecklistResponse(items.All(i => i.Done), items)) : TypedResults.NotFound();
}
