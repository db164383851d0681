using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;
using StatusPage.Incidents;

namespace StatusPage.Incidents;

internal sealed record TemplateRequest(string? Name, string? Title, string? Level, List<Guid>? ComponentIds, string? Message);

internal sealed record TemplateResponse(Guid Id, string Name, string Title, string Level, List<Guid> ComponentIds, string Message);

/// <param name="Title">Replaces the template's title for this incident (optional).</param>
/// <param name="Message">Replaces the template's first update for this incident (optional).</param>
internal sealed record TemplateStartRequest(string? Title, string? Message);

/// <summary>Incident templates for frequent cases, and opening an incident from one.</summary>
internal static class TemplatesApi
{
    public static void MapTemplatesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", async (IncidentTemplates templates, CancellationToken ct) => (await templates.ListAsync(ct)).Select(ToResponse).ToList())
            .WithSummary("Incident templates, by name.");
        api.MapPost("/templates", async (TemplateRequest r, IncidentTemplates templates, ClaimsPrincipal u, CancellationToken ct) =>
                (await templates.SaveAsync(null, Input(r), PlatformClaims.UserId(u), ct)).ToCreated(t => $"/api/status/templates/{t.Id}", ToResponse))
            .WithSummary("Add a template (name, title, impact level, components, first update).").Produces<TemplateResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapPut("/templates/{id:guid}", async (Guid id, TemplateRequest r, IncidentTemplates templates, ClaimsPrincipal u, CancellationToken ct) =>
                (await templates.SaveAsync(id, Input(r), PlatformClaims.UserId(u), ct)).ToOk(ToResponse))
            .WithSummary("Change a template.").Produces<TemplateResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/templates/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, IncidentTemplates templates, ClaimsPrincipal u, CancellationToken ct) =>
                await templates.DeleteAsync(id, PlatformClaims.UserId(u), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a template (incidents opened from it stay).");
        api.MapPost("/templates/{id:guid}/incidents", Start)
            .WithSummary("Open an incident from a template (title and first update may be replaced); subscribers are told as for any incident.")
            .ProducesValidationProblem();
    }

    private static async Task<Results<Created<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Start(
        Guid id, TemplateStartRequest? request, IncidentTemplates templates, IncidentService incidents, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await templates.FindAsync(id, ct) is not { } template) return TypedResults.NotFound();
        var proposal = await templates.ProposalAsync(template, ct);
        var input = proposal with
        {
            Title = string.IsNullOrWhiteSpace(request?.Title) ? proposal.Title : request.Title,
            Message = string.IsNullOrWhiteSpace(request?.Message) ? proposal.Message : request.Message,
        };
        return (await incidents.OpenAsync(input, PlatformClaims.UserId(user), ct))
            .ToCreated(incident => $"/api/status/incidents/{incident.Id}", IncidentsApi.ToResponse);
    }

    private static TemplateInput Input(TemplateRequest r) => new(r.Name, r.Title, r.Level, r.ComponentIds, r.Message);

    private static TemplateResponse ToResponse(IncidentTemplate t) => new(t.Id, t.Name, t.Title, t.Level.ToString(), [.. t.Components], t.Message);
}
