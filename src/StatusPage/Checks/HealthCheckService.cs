using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusPage.Auditing;
using StatusPage.Persistence;

namespace StatusPage.Checks;

internal sealed record HealthCheckInput(string? Name, CheckKind Kind, string? Target, string Method = "GET", int ExpectedStatus = 200,
    string? BodyContains = null, string? ExpectedAddress = null, int TimeoutMs = 10_000, int? DegradedAboveMs = null,
    int IntervalSeconds = 60, bool Enabled = true, int FailureThreshold = 3, int RecoveryThreshold = 2);

/// <summary>Creates, edits and deletes health checks; the API and the management page are thin adapters over it.</summary>
internal sealed class HealthCheckService(StatusPageDbContext db, TimeProvider clock, StatusAudit audit, IOptions<HealthCheckOptions> options)
{
    public async Task<Outcome<HealthCheck>> CreateAsync(Guid componentId, HealthCheckInput input, Guid? userId, CancellationToken ct)
    {
        if (!await db.Components.AnyAsync(c => c.Id == componentId, ct)) return Outcome<HealthCheck>.Missing();
        var errors = HealthCheckTargets.Validate(input, options.Value);
        if (errors.Count > 0) return Outcome<HealthCheck>.Invalid(errors);
        var now = clock.GetUtcNow();
        var check = new HealthCheck { Id = Guid.CreateVersion7(now), ComponentId = componentId, Name = "", Target = "", CreatedAt = now, NextDueAt = now };
        Apply(check, input);
        db.HealthChecks.Add(check);
        audit.Record(userId, "check.created", check.Id, input);
        await db.SaveChangesAsync(ct);
        return Outcome<HealthCheck>.Success(check);
    }

    public async Task<Outcome<HealthCheck>> UpdateAsync(Guid id, HealthCheckInput input, Guid? userId, CancellationToken ct)
    {
        var check = await db.HealthChecks.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return Outcome<HealthCheck>.Missing();
        var errors = HealthCheckTargets.Validate(input, options.Value);
        if (errors.Count > 0) return Outcome<HealthCheck>.Invalid(errors);
        var changedProbe = check.Kind != input.Kind || check.Target != input.Target?.Trim();
        Apply(check, input);
        if (changedProbe) (check.LastOutcome, check.Streak) = (null, 0); // a new target starts a new streak
        audit.Record(userId, "check.updated", check.Id, input);
        await db.SaveChangesAsync(ct);
        return Outcome<HealthCheck>.Success(check);
    }

    public async Task<bool> DeleteAsync(Guid id, Guid? userId, CancellationToken ct)
    {
        var check = await db.HealthChecks.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return false;
        db.HealthChecks.Remove(check);
        audit.Record(userId, "check.deleted", id, new { check.Name, check.Target });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>How the component's checks drive incidents: published at once or as a draft; resolved or proposed.</summary>
    public async Task<Outcome<Catalog.Component>> SetAutomationAsync(Guid componentId, AutomaticIncidentMode mode, bool autoResolve, Guid? userId, CancellationToken ct)
    {
        var component = await db.Components.FirstOrDefaultAsync(c => c.Id == componentId, ct);
        if (component is null) return Outcome<Catalog.Component>.Missing();
        if (!Enum.IsDefined(mode)) return Outcome<Catalog.Component>.Invalid("automaticIncidents", "Kies Draft of Publish.");
        (component.AutomaticIncidents, component.AutoResolve) = (mode, autoResolve);
        audit.Record(userId, "component.automation", componentId, new { mode, autoResolve });
        await db.SaveChangesAsync(ct);
        return Outcome<Catalog.Component>.Success(component);
    }

    private static void Apply(HealthCheck c, HealthCheckInput i)
    {
        c.Name = i.Name!.Trim();
        c.Kind = i.Kind;
        c.Target = i.Target!.Trim();
        c.Method = i.Method;
        c.ExpectedStatus = i.ExpectedStatus;
        c.BodyContains = string.IsNullOrEmpty(i.BodyContains) ? null : i.BodyContains;
        c.ExpectedAddress = string.IsNullOrWhiteSpace(i.ExpectedAddress) ? null : i.ExpectedAddress.Trim();
        c.TimeoutMs = i.TimeoutMs;
        c.DegradedAboveMs = i.DegradedAboveMs;
        c.IntervalSeconds = i.IntervalSeconds;
        c.Enabled = i.Enabled;
        c.FailureThreshold = i.FailureThreshold;
        c.RecoveryThreshold = i.RecoveryThreshold;
    }
}
