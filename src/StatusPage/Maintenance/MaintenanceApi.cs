using Platform.Kernel.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using StatusPage.Incidents;
using StatusPage.Persistence;

namespace StatusPage.Maintenance;

/// <summary>Planned maintenance for agents and platform admins: plan, announce, edit, start, complete, cancel; every change is
/// audited and told to subscribers once.</summary>
internal static class MaintenanceApi
{
    public static void MapMaintenanceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/maintenance", ListMaintenance).WithSummary("Planned maintenance windows.");
        api.MapPost("/maintenance", Plan).WithSummary("Plan (and by default announce) a maintenance window.").ProducesValidationProblem();
        api.MapPost("/maintenance/preview", PreviewMaintenance).WithSummary("What subscribers would receive for this announcement.");
        api.MapPost("/maintenance/{id:guid}/announce", (Guid id, MaintenanceService s, TimeProvider clock, ClaimsPrincipal u, CancellationToken ct) => Change(s.AnnounceAsync(id, PlatformClaims.UserId(u), ct), clock)).WithSummary("Announce a draft window.");
        api.MapPost("/maintenance/{id:guid}/start", (Guid id, MaintenanceService s, TimeProvider clock, ClaimsPrincipal u, CancellationToken ct) => Change(s.StartAsync(id, PlatformClaims.UserId(u), ct), clock)).WithSummary("Start a window now.");
        api.MapGet("/maintenance/{id:guid}", GetMaintenance).WithSummary("One maintenance window.");
        api.MapPut("/maintenance/{id:guid}", Edit)
            .WithSummary("Edit or reschedule a window that has not completed (subscribers are told once of each change; the calendar raises its SEQUENCE).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/maintenance/{id:guid}/cancel", (Guid id, CancelMaintenanceRequest? request, MaintenanceService s, TimeProvider clock, ClaimsPrincipal u, CancellationToken ct) =>
                Change(s.CancelAsync(id, request?.Reason, PlatformClaims.UserId(u), ct), clock))
            .WithSummary("Cancel a window that has not begun (subscribers are told once; the calendar shows it CANCELLED).").ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/maintenance/{id:guid}/complete", (Guid id, MaintenanceService s, TimeProvider clock, ClaimsPrincipal u, CancellationToken ct) => Change(s.CompleteAsync(id, PlatformClaims.UserId(u), ct), clock)).WithSummary("Complete a window now.");
    }

    private static async Task<List<MaintenanceResponse>> ListMaintenance(StatusPageDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await db.Maintenance.AsNoTracking().Include(m => m.Components).OrderByDescending(m => m.ScheduledStart).Take(200).ToListAsync(ct))
            .Select(m => ToResponse(m, clock.GetUtcNow())).ToList();

    private static NewMaintenance ToInput(MaintenanceRequest r) =>
        new(r.Title ?? "", r.Description ?? "", r.Start, r.End, r.ComponentIds ?? [], r.Announce);

    private static async Task<Results<Created<MaintenanceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Plan(
        MaintenanceRequest request, MaintenanceService service, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        (await service.PlanAsync(ToInput(request), PlatformClaims.UserId(user), ct))
            .ToCreated(window => $"/api/status/maintenance/{window.Id}", window => ToResponse(window, clock.GetUtcNow()));

    private static async Task<Results<Ok<MaintenanceResponse>, NotFound>> GetMaintenance(Guid id, StatusPageDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.Maintenance.AsNoTracking().Include(m => m.Components).FirstOrDefaultAsync(m => m.Id == id, ct) is { } m
            ? TypedResults.Ok(ToResponse(m, clock.GetUtcNow())) : TypedResults.NotFound();

    private static async Task<Results<Ok<MaintenanceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Edit(
        Guid id, MaintenanceRequest request, MaintenanceService service, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        (await service.EditAsync(id, ToInput(request), PlatformClaims.UserId(user), ct)).ToOk(m => ToResponse(m, clock.GetUtcNow()));

    private static async Task<Ok<PreviewResponse>> PreviewMaintenance(MaintenanceRequest request, MaintenanceService service, CancellationToken ct)
    {
        var p = await service.PreviewAsync(ToInput(request), ct);
        return TypedResults.Ok(new PreviewResponse(p.Subject, p.Text));
    }

    private static async Task<Results<Ok<MaintenanceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Change(Task<Outcome<PlannedMaintenance>> change, TimeProvider clock) =>
        (await change).ToOk(m => ToResponse(m, clock.GetUtcNow()));

    public static MaintenanceResponse ToResponse(PlannedMaintenance m, DateTimeOffset now) => new(m.Id, m.Title, m.Description, m.ScheduledStart, m.ScheduledEnd,
        m.AnnouncedAt, m.StartedAt, m.CompletedAt, m.StatusAt(now).ToString(), m.Components.Select(c => c.ComponentId).ToList(), m.CancelledAt, m.Sequence);
}
