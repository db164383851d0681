using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace ServiceDesk.Intake;

/// <summary>The reporter's answer to a resolution: reopen (with a reason, within the window) or confirm (closes it).</summary>
internal static class ReopenApi
{
    public static void MapReopenApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/incidents").WithTags("ServiceDesk").RequireAuthorization(Policies.Reporter);
        group.MapPost("/{id}/reopen", Reopen).WithSummary("Reopen a resolved incident with a reason, within the reopen window (reporters).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id}/confirm", Confirm).WithSummary("Confirm a resolved incident solved; closes it (reporters).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Reopen(
        string id, ReopenRequest request, Reopening reopening, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : await IncidentsApi.Then(await reopening.ReopenAsync(key, Actor.From(user), request.Reason, ct), key, incidents, user, ct);

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Confirm(
        string id, Reopening reopening, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : await IncidentsApi.Then(await reopening.ConfirmAsync(key, Actor.From(user), ct), key, incidents, user, ct);
}
