using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;
using ServiceDesk.Queue;

namespace ServiceDesk.Incidents;

/// <summary>The incidents API; <c>{id}</c> is an incident's id or its number (<c>MBP-2026-00042</c>). Reporters act inside their own tenant (another tenant's incident is a 404); agents across tenants.</summary>
internal static class IncidentsApi
{
    public static void MapIncidentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/servicedesk/incidents").WithTags("ServiceDesk").RequireAuthorization(Policies.Reporter);
        group.MapPost("/", Create).WithSummary("Report an incident (reporters: received now; agents: for a tenant, with receivedAt).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List).WithSummary("Incidents ordered by nearest due time (agents: all tenants; others: their own tenant).")
            .ProducesValidationProblem();
        group.MapGet("/overview", Overview).ProducesValidationProblem()
            .WithSummary("The same list one page at a time (page, size; sort vervalt (default), nummer, prioriteit, gemeld, titel or status; " +
                "dir asc or desc). Out-of-range page or size and unknown sort values are clamped.");
        group.MapGet("/{id}", Get).WithSummary("One incident, by id or number (MBP-2026-00042), with its clocks and history (internal notes for agents only).").WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("incident"));
        group.MapPost("/{id}/replies", Reply).WithSummary("A public reply (e-mailed to the reporter) or, for agents, an internal note.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id}/status", Status).WithSummary("Move to another status (agents).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id}/priority", ChangePriority).WithSummary("Override the priority with a reason (agents); clocks recompute from the reported time.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id}/assignee", Assign).WithSummary("Assign to an agent, or unassign with null (agents).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id}/attachments", Attach).WithSummary("Attach a PNG, JPEG, PDF or text file (base64, at most 5 MB).")
            .ProducesValidationProblem();
        group.MapGet("/{id}/attachments/{attachmentId:guid}", Download).WithSummary("Download an attachment.").WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("attachment", "attachmentId"));
    }

    private static async Task<Results<Created<IncidentCreatedResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Create(
        CreateIncidentRequest request, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        (await incidents.CreateAsync(request, Actor.From(user), null, ct)).ToCreated(created => $"/api/servicedesk/incidents/{created.Id}", created => created);

    private static async Task<Results<Ok<List<IncidentSummary>>, NotFound, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] IncidentFilter filter, IncidentQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        (await queries.ListAsync(Actor.From(user), filter, ct)).ToOk(found => found.Select(IncidentQueries.ToSummary).ToList());

    private static async Task<Results<Ok<Platform.Kernel.Paging.PagedList<IncidentSummary>>, NotFound, ValidationProblem, ProblemHttpResult>> Overview(
        [AsParameters] IncidentFilter filter, int? page, int? size, string? sort, string? dir, IncidentQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        (await queries.PageAsync(Actor.From(user), filter, IncidentQueries.Request(page, size, sort, dir, null), ct)).ToOk(found => found.Select(IncidentQueries.ToSummary));

    private static async Task<Results<Ok<IncidentResponse>, NotFound>> Get(string id, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is { } key && await incidents.GetAsync(key, Actor.From(user), ct) is { } incident
            ? TypedResults.Ok(incident) : TypedResults.NotFound();

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Reply(
        string id, ReplyRequest request, IncidentActions actions, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : await Then(await actions.ReplyAsync(key, Actor.From(user), request.Text, request.Public ?? true, ct), key, incidents, user, ct);

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Status(
        string id, StatusRequest request, IncidentActions actions, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : await Then(await actions.ChangeStatusAsync(key, Actor.From(user), request.Status, request.Reason, ct), key, incidents, user, ct);

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangePriority(
        string id, PriorityRequest request, IncidentActions actions, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : await Then(await actions.ChangePriorityAsync(key, Actor.From(user), request.Priority, request.Reason, ct), key, incidents, user, ct);

    private static async Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Assign(
        string id, AssignRequest request, IncidentActions actions, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key ? TypedResults.NotFound()
            : await Then(await actions.AssignAsync(key, Actor.From(user), request.AssigneeId, ct), key, incidents, user, ct);

    private static async Task<Results<Created<AttachmentInfo>, NotFound, ValidationProblem, ProblemHttpResult>> Attach(
        string id, AttachmentUpload upload, IncidentActions actions, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await incidents.ResolveAsync(id, Actor.From(user), ct) is not { } key) return TypedResults.NotFound();
        byte[] content;
        try
        {
            content = Convert.FromBase64String(upload.ContentBase64 ?? "");
        }
        catch (FormatException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contentBase64"] = ["De inhoud is geen geldige base64."] });
        }
        return (await actions.AddAttachmentAsync(key, Actor.From(user), upload.FileName, content, ct))
            .ToCreated(attachment => $"/api/servicedesk/incidents/{key}/attachments/{attachment.Id}", attachment => attachment);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(
        string id, Guid attachmentId, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        await incidents.ResolveAsync(id, Actor.From(user), ct) is { } key && await incidents.GetAttachmentAsync(key, attachmentId, Actor.From(user), ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    /// <summary>The incident as it is after the change, or the change's refusal.</summary>
    internal static Task<Results<Ok<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Then<T>(
        Outcome<T> outcome, Guid id, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct) =>
        outcome.ToOkAsync(_ => incidents.GetAsync(id, Actor.From(user), ct));
}
