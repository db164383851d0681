using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using StatusPage.Checks;
using StatusPage.Persistence;
using StatusPage;

namespace StatusPage.Checks;

internal sealed record HealthCheckRequest(string? Name, string? Kind, string? Target, string? Method = null, int? ExpectedStatus = null,
    string? BodyContains = null, string? ExpectedAddress = null, int? TimeoutMs = null, int? DegradedAboveMs = null,
    int? IntervalSeconds = null, bool? Enabled = null, int? FailureThreshold = null, int? RecoveryThreshold = null)
{
    public HealthCheckInput? ToInput(Dictionary<string, string[]> errors)
    {
        if (!RequestParsing.TryEnum<CheckKind>(Kind, out var kind))
        {
            errors["kind"] = ["Kies als soort: " + RequestParsing.Choices<CheckKind>() + "."];
            return null;
        }
        return new(Name, kind, Target, (Method ?? "GET").Trim().ToUpperInvariant(), ExpectedStatus ?? 200, BodyContains, ExpectedAddress,
            TimeoutMs ?? 10_000, DegradedAboveMs, IntervalSeconds ?? 60, Enabled ?? true, FailureThreshold ?? 3, RecoveryThreshold ?? 2);
    }
}

internal sealed record HealthCheckResponse(Guid Id, Guid ComponentId, string Name, string Kind, string Target, string Method, int ExpectedStatus,
    string? BodyContains, string? ExpectedAddress, int TimeoutMs, int? DegradedAboveMs, int IntervalSeconds, bool Enabled,
    int FailureThreshold, int RecoveryThreshold, DateTimeOffset NextDueAt, string? LastOutcome, int Streak, DateTimeOffset? LastRunAt,
    int? LastLatencyMs, string? LastMessage)
{
    public static HealthCheckResponse Of(HealthCheck c) => new(c.Id, c.ComponentId, c.Name, c.Kind.ToString(), c.Target, c.Method, c.ExpectedStatus,
        c.BodyContains, c.ExpectedAddress, c.TimeoutMs, c.DegradedAboveMs, c.IntervalSeconds, c.Enabled, c.FailureThreshold, c.RecoveryThreshold,
        c.NextDueAt, c.LastOutcome?.ToString(), c.Streak, c.LastRunAt, c.LastLatencyMs, c.LastMessage);
}

internal sealed record HealthCheckResultResponse(Guid Id, DateTimeOffset At, string Outcome, int LatencyMs, string? Message);

internal sealed record AutomationRequest(string? AutomaticIncidents, bool AutoResolve);

internal sealed record AutomaticIncidentResponse(Guid Id, Guid ComponentId, string Level, string State, DateTimeOffset OpenedAt,
    DateTimeOffset? RecoveredAt, DateTimeOffset? ClosedAt, Guid? IncidentId, string Summary)
{
    public static AutomaticIncidentResponse Of(AutomaticIncident a) =>
        new(a.Id, a.ComponentId, a.Level.ToString(), a.State.ToString(), a.OpenedAt, a.RecoveredAt, a.ClosedAt, a.IncidentId, a.Summary);
}

/// <summary>Health checks per component, their results, and the automatic incidents they raise.</summary>
internal static class HealthChecksApi
{
    public static void MapHealthChecksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/checks", List).WithSummary("Health checks with their last result (?componentId= for one component).");
        api.MapGet("/checks/{id:guid}", Get).WithSummary("One health check.");
        api.MapPost("/components/{componentId:guid}/checks", Create).WithSummary("Add an HTTP(S), TCP or DNS check to a component.").ProducesValidationProblem();
        api.MapPut("/checks/{id:guid}", Update).WithSummary("Change a check (also to enable or disable it).").ProducesValidationProblem();
        api.MapDelete("/checks/{id:guid}", Delete).WithSummary("Delete a check and its results.");
        api.MapPost("/checks/{id:guid}/run", RunNow).WithSummary("Run a check now (moves its next due time on, as a scheduled run does).");
        api.MapGet("/checks/{id:guid}/results", Results).WithSummary("Recent raw results of a check, newest first (kept 7 days).");
        api.MapPut("/components/{componentId:guid}/automation", SetAutomation)
            .WithSummary("Automatic incidents of a component: Draft (an agent publishes) or Publish; autoResolve: resolve on recovery or propose it.").ProducesValidationProblem();
        api.MapGet("/automatic-incidents", AutomaticIncidents).WithSummary("Automatic incidents (?all=true also closed ones), newest first.");
        api.MapPost("/automatic-incidents/{id:guid}/publish", Publish).WithSummary("Publish a draft automatic incident.").ProducesValidationProblem();
        api.MapPost("/automatic-incidents/{id:guid}/close", Close).WithSummary("Dismiss a draft, or confirm a proposed resolution.");
    }

    private static async Task<List<HealthCheckResponse>> List(Guid? componentId, StatusPageDbContext db, CancellationToken ct) =>
        (await db.HealthChecks.AsNoTracking().Where(c => componentId == null || c.ComponentId == componentId).OrderBy(c => c.Name).ToListAsync(ct))
        .Select(HealthCheckResponse.Of).ToList();

    private static async Task<Results<Ok<HealthCheckResponse>, NotFound>> Get(Guid id, StatusPageDbContext db, CancellationToken ct) =>
        await db.HealthChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? TypedResults.Ok(HealthCheckResponse.Of(c)) : TypedResults.NotFound();

    private static async Task<Results<Created<HealthCheckResponse>, ValidationProblem, NotFound>> Create(
        Guid componentId, HealthCheckRequest r, HealthCheckService checks, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.ToInput(errors) is not { } input) return TypedResults.ValidationProblem(errors);
        var outcome = await checks.CreateAsync(componentId, input, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Errors is { } invalid) return TypedResults.ValidationProblem(invalid);
        return TypedResults.Created($"/api/status/checks/{outcome.Value!.Id}", HealthCheckResponse.Of(outcome.Value));
    }

    private static async Task<Results<Ok<HealthCheckResponse>, ValidationProblem, NotFound>> Update(
        Guid id, HealthCheckRequest r, HealthCheckService checks, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.ToInput(errors) is not { } input) return TypedResults.ValidationProblem(errors);
        var outcome = await checks.UpdateAsync(id, input, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Errors is { } invalid) return TypedResults.ValidationProblem(invalid);
        return TypedResults.Ok(HealthCheckResponse.Of(outcome.Value!));
    }

    private static async Task<Results<NoContent, NotFound>> Delete(Guid id, HealthCheckService checks, ClaimsPrincipal user, CancellationToken ct) =>
        await checks.DeleteAsync(id, PlatformClaims.UserId(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<HealthCheckResultResponse>, NotFound, Conflict>> RunNow(
        Guid id, StatusPageDbContext db, HealthCheckRunner runner, CancellationToken ct)
    {
        if (!await db.HealthChecks.AnyAsync(c => c.Id == id, ct)) return TypedResults.NotFound();
        var result = await runner.RunNowAsync(id, ct);
        return result is null ? TypedResults.Conflict() : TypedResults.Ok(new HealthCheckResultResponse(result.Id, result.At, result.Outcome.ToString(), result.LatencyMs, result.Message));
    }

    private static async Task<List<HealthCheckResultResponse>> Results(Guid id, int? limit, StatusPageDbContext db, CancellationToken ct) =>
        (await db.HealthCheckResults.AsNoTracking().Where(r => r.CheckId == id).OrderByDescending(r => r.At).Take(Math.Clamp(limit ?? 50, 1, 1000)).ToListAsync(ct))
        .Select(r => new HealthCheckResultResponse(r.Id, r.At, r.Outcome.ToString(), r.LatencyMs, r.Message)).ToList();

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> SetAutomation(
        Guid componentId, AutomationRequest r, HealthCheckService checks, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!RequestParsing.TryEnum<AutomaticIncidentMode>(r.AutomaticIncidents, out var mode))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["automaticIncidents"] = ["Kies als automatische storingen: Draft of Publish."] });
        var outcome = await checks.SetAutomationAsync(componentId, mode, r.AutoResolve, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        return outcome.Errors is { } invalid ? TypedResults.ValidationProblem(invalid) : TypedResults.NoContent();
    }

    private static async Task<List<AutomaticIncidentResponse>> AutomaticIncidents(bool? all, StatusPageDbContext db, CancellationToken ct) =>
        (await db.AutomaticIncidents.AsNoTracking().Where(a => all == true || a.Active == true).OrderByDescending(a => a.OpenedAt).Take(200).ToListAsync(ct))
        .Select(AutomaticIncidentResponse.Of).ToList();

    private static async Task<Results<Ok<AutomaticIncidentResponse>, ValidationProblem, NotFound>> Publish(
        Guid id, HealthAutomation automation, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await automation.PublishAsync(id, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        return outcome.Errors is { } invalid ? TypedResults.ValidationProblem(invalid) : TypedResults.Ok(AutomaticIncidentResponse.Of(outcome.Value!));
    }

    private static async Task<Results<Ok<AutomaticIncidentResponse>, ValidationProblem, NotFound>> Close(
        Guid id, HealthAutomation automation, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await automation.CloseAsync(id, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        return outcome.Errors is { } invalid ? TypedResults.ValidationProblem(invalid) : TypedResults.Ok(AutomaticIncidentResponse.Of(outcome.Value!));
    }
}
