using Platform.Kernel.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using StatusPage.Incidents;
using StatusPage.Persistence;
using static StatusPage.RequestParsing;

namespace StatusPage.Incidents;

/// <summary>Status incidents for agents and platform admins; every change is audited and told to subscribers once.</summary>
internal static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", List).WithSummary("Status incidents, newest first (open=true for open ones only).");
        api.MapGet("/incidents/{id:guid}", Get).WithSummary("One status incident with its updates and impact periods.");
        api.MapPost("/incidents", Open).WithSummary("Open an incident with its first update and the components it affects.").ProducesValidationProblem();
        api.MapPost("/incidents/preview", PreviewOpen).WithSummary("What subscribers would receive for this new incident.").ProducesValidationProblem();
        api.MapPost("/incidents/{id:guid}/updates", Update).WithSummary("Post an update (status, message, optionally the new set of impacts).").ProducesValidationProblem();
        api.MapPost("/incidents/{id:guid}/updates/preview", PreviewUpdate).WithSummary("What subscribers would receive for this update.").ProducesValidationProblem();
        api.MapPut("/incidents/{id:guid}/report", async (Guid id, PostIncidentReportRequest request, PostIncidentReports reports, ClaimsPrincipal user, CancellationToken ct) =>
                (await reports.WriteAsync(id, new PostIncidentReport(request.Cause, request.Impact, request.Measures), PlatformClaims.UserId(user), ct)).ToOk(ToResponse))
            .WithSummary("Write the post-incident report (cause, impact, measures) of a resolved incident; shown on /status/storingen/{id}.")
            .Produces<IncidentResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<List<IncidentResponse>> List(bool? open, StatusPageDbContext db, CancellationToken ct)
    {
        var query = db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery();
        if (open == true) query = query.Where(i => i.ResolvedAt == null);
        return (await query.OrderByDescending(i => i.StartedAt).Take(200).ToListAsync(ct)).Select(ToResponse).ToList();
    }

    private static async Task<Results<Ok<IncidentResponse>, NotFound>> Get(Guid id, StatusPageDbContext db, CancellationToken ct) =>
        await db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct) is { } i
            ? TypedResults.Ok(ToResponse(i)) : TypedResults.NotFound();

    private static (NewIncident?, Dictionary<string, string[]>) Parse(IncidentRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        var status = IncidentUpdateStatus.Investigating;
        if (r.Status is not null && !TryEnum(r.Status, out status)) errors["status"] = ["Kies als status: " + Choices<IncidentUpdateStatus>() + "."];
        var impacts = Impacts(r.Impacts ?? [], errors);
        return errors.Count > 0 ? (null, errors) : (new NewIncident(r.Title ?? "", status, r.Message ?? "", impacts!), errors);
    }

    private static async Task<Results<Created<IncidentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Open(IncidentRequest request, IncidentService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var (input, errors) = Parse(request);
        if (input is null) return TypedResults.ValidationProblem(errors);
        return (await service.OpenAsync(input, PlatformClaims.UserId(user), ct)).ToCreated(incident => $"/api/status/incidents/{incident.Id}", ToResponse);
    }

    private static async Task<Results<Ok<PreviewResponse>, ValidationProblem>> PreviewOpen(IncidentRequest request, IncidentService service, CancellationToken ct)
    {
        var (input, errors) = Parse(request);
        if (input is null) return TypedResults.ValidationProblem(errors);
        var p = await service.PreviewOpenAsync(input, ct);
        return TypedResults.Ok(new PreviewResponse(p.Subject, p.Text));
    }

    private static (NewIncidentUpdate?, Dictionary<string, string[]>) Parse(IncidentUpdateRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryEnum<IncidentUpdateStatus>(r.Status, out var status)) errors["status"] = ["Kies als status: " + Choices<IncidentUpdateStatus>() + "."];
        var impacts = Impacts(r.Impacts, errors);
        return errors.Count > 0 ? (null, errors) : (new NewIncidentUpdate(status, r.Message ?? "", impacts), errors);
    }

    private static async Task<Results<Ok<IncidentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, IncidentUpdateRequest request, IncidentService service, StatusPageDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var (input, errors) = Parse(request);
        if (input is null) return TypedResults.ValidationProblem(errors);
        var result = await service.AddUpdateAsync(id, input, PlatformClaims.UserId(user), ct);
        return result.Ok ? await Get(id, db, ct) switch { { Result: Ok<IncidentResponse> ok } => ok, _ => TypedResults.NotFound() }
            : result.ToFailure().Result switch { NotFound n => n, ValidationProblem v => v, var p => (ProblemHttpResult)p };
    }

    private static async Task<Results<Ok<PreviewResponse>, ValidationProblem, NotFound>> PreviewUpdate(
        Guid id, IncidentUpdateRequest request, IncidentService service, StatusPageDbContext db, CancellationToken ct)
    {
        var (input, errors) = Parse(request);
        if (input is null) return TypedResults.ValidationProblem(errors);
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Impacts).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return TypedResults.NotFound();
        var p = await service.PreviewUpdateAsync(incident, input, ct);
        return TypedResults.Ok(new PreviewResponse(p.Subject, p.Text));
    }

    public static IncidentResponse ToResponse(StatusIncident i) => new(i.Id, i.Title, i.Status.ToString(), i.Status.ToDutch(), i.StartedAt, i.ResolvedAt,
        i.Updates.OrderBy(u => u.At).Select(u => new UpdateResponse(u.Id, u.At, u.Status.ToString(), u.Status.ToDutch(), u.Message)).ToList(),
        i.Impacts.OrderBy(x => x.Start).Select(x => new ImpactResponse(x.ComponentId, x.Level.ToString(), x.Start, x.End)).ToList(),
        i.ReportPublishedAt is { } published ? new PostIncidentReportResponse(i.ReportCause ?? "", i.ReportImpact ?? "", i.ReportMeasures ?? "", published) : null,
        "/status/storingen/" + i.Id);
}
