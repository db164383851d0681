using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;

namespace ServiceDesk.Outages;

/// <summary>Linked outages (agents only): link incidents to a status-page incident, one update for all linked reporters,
/// resolve the linked incidents once the outage is resolved. <c>{id}</c> is an incident's id or number.</summary>
internal static class OutagesApi
{
    public static void MapOutagesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk").WithTags("ServiceDesk outages").RequireAuthorization(Policies.Agent);
        group.MapGet("/outages", ListOpen).WithSummary("Open status-page incidents an incident can be linked to, with the number of linked incidents.");
        group.MapGet("/outages/{statusIncidentId:guid}", Get).WithSummary("One outage: its state on the status page, the linked incidents of every tenant and the updates sent.");
        group.MapPost("/outages/{statusIncidentId:guid}/updates", PostUpdate)
            .WithSummary("One update for every linked reporter (own thread each), optionally also posted on the status page; idempotent per updateId.")
            .ProducesValidationProblem();
        group.MapPost("/outages/{statusIncidentId:guid}/resolve-linked", ResolveLinked)
            .WithSummary("Once the status incident is resolved: resolve every linked incident with the explanation (resolution mail as usual).")
            .ProducesValidationProblem();
        group.MapGet("/incidents/{id}/outage", GetLink).WithSummary("The outage an incident is linked to.");
        group.MapPut("/incidents/{id}/outage", Link).WithSummary("Link an incident to an open status-page incident.").ProducesValidationProblem();
        group.MapPost("/incidents/{id}/outage", CreateFrom)
            .WithSummary("Open a status-page incident from this incident (title, impact, components, first public update) and link it.")
            .ProducesValidationProblem();
        group.MapDelete("/incidents/{id}/outage", Unlink).WithSummary("Unlink an incident from its outage.").ProducesValidationProblem();
    }

    private static async Task<Ok<IReadOnlyList<OpenOutage>>> ListOpen(OutageLinks outages, CancellationToken ct) =>
        TypedResults.Ok(await outages.OpenAsync(ct));

    private static async Task<Results<Ok<OutageResponse>, NotFound>> Get(Guid statusIncidentId, OutageLinks outages, ClaimsPrincipal user, CancellationToken ct) =>
        await outages.GetAsync(statusIncidentId, Actor.From(user), ct) is { } outage ? TypedResults.Ok(outage) : TypedResults.NotFound();

    private static async Task<Results<Ok<SentOutageUpdate>, NotFound, ValidationProblem, ProblemHttpResult>> PostUpdate(
        Guid statusIncidentId, OutageUpdateRequest request, OutageUpdates updates, ClaimsPrincipal user, CancellationToken ct) =>
        Result(await updates.PostAsync(statusIncidentId, Actor.From(user), request, ct));

    private static async Task<Results<Ok<LinkedResolution>, NotFound, ValidationProblem, ProblemHttpResult>> ResolveLinked(
        Guid statusIncidentId, ResolveLinkedRequest request, OutageUpdates updates, ClaimsPrincipal user, CancellationToken ct) =>
        Result(await updates.ResolveLinkedAsync(statusIncidentId, Actor.From(user), request.Explanation, ct));

    private static async Task<Results<Ok<OutageLinkResponse>, NotFound>> GetLink(
        string id, IncidentService incidents, OutageLinks outages, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is { } key && await outages.OfIncidentAsync(key, Actor.From(user), ct) is { } link
            ? TypedResults.Ok(link) : TypedResults.NotFound();

    private static async Task<Results<Ok<OutageLinkResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Link(
        string id, LinkOutageRequest request, IncidentService incidents, OutageLinks outages, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : Result(await outages.LinkAsync(key, Actor.From(user), request.StatusIncidentId, ct));

    private static async Task<Results<Ok<OutageLinkResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateFrom(
        string id, CreateOutageRequest request, IncidentService incidents, OutageLinks outages, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : Result(await outages.CreateFromAsync(key, Actor.From(user), request, ct));

    private static async Task<Results<Ok<bool>, NotFound, ValidationProblem, ProblemHttpResult>> Unlink(
        string id, IncidentService incidents, OutageLinks outages, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : Result(await outages.UnlinkAsync(key, Actor.From(user), ct));

    private static Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> Result<T>(Outcome<T> outcome) => outcome.ToOk(value => value);
}
