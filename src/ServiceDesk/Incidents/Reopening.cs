using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ServiceDesk.Calendar;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>Configuration section <c>ServiceDesk:Reopen</c>.</summary>
internal sealed class ReopenOptions
{
    public const string Section = "ServiceDesk:Reopen";

    /// <summary>How long after resolving the reporter may reopen, in working days (of 8 working hours) of the desk's calendar.</summary>
    [Range(1, 100)]
    public int WindowWorkingDays { get; set; } = 10;
}

public sealed record ReopenRequest(string? Reason);

/// <summary>
/// The reporter's answer to a resolution: reopen with a reason (resolved → in progress) within the window, or confirm it
/// solved (resolved → closed). Reopening continues the resolution clock: the time it stood resolved does not count, because
/// the clocks are derived from the status history (DOMAIN.md §3).
/// </summary>
internal sealed class Reopening(IncidentAccess access, ClockPolicyProvider policies, IOptions<ReopenOptions> options, TimeProvider clock)
{
    private const string ReporterOnly = "Alleen de melder heropent of bevestigt een opgelost incident; medewerkers wijzigen de status.";

    public Task<Outcome<IncidentStatus>> ReopenAsync(Guid id, Actor actor, string? reason, CancellationToken ct)
    {
        if (actor.IsStaff) return Task.FromResult(Outcome<IncidentStatus>.Denied(ReporterOnly));
        return access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            var outcome = await ApplyReopenAsync(db, incident, actor, reason, "Heropend door de melder:", ct);
            if (outcome.Ok) await db.SaveChangesAsync(ct);
            return outcome;
        }, ct);
    }

    public Task<Outcome<IncidentStatus>> ConfirmAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (actor.IsStaff) return Task.FromResult(Outcome<IncidentStatus>.Denied(ReporterOnly));
        return access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            if (incident.Status != IncidentStatus.Resolved)
                return Outcome<IncidentStatus>.Invalid("status", "Alleen een opgelost incident kan je als opgelost bevestigen.");
            ApplyConfirm(db, incident, actor, "Oplossing bevestigd door de melder.");
            await db.SaveChangesAsync(ct);
            return Outcome<IncidentStatus>.Success(IncidentStatus.Closed);
        }, ct);
    }

    /// <summary>Reopens <paramref name="incident"/> in <paramref name="db"/> without saving (the mail intake saves it with its claim).</summary>
    internal async Task<Outcome<IncidentStatus>> ApplyReopenAsync(
        ServiceDeskDbContext db, Incident incident, Actor actor, string? reason, string prefix, CancellationToken ct)
    {
        var text = reason?.Trim();
        if (string.IsNullOrWhiteSpace(text)) return Outcome<IncidentStatus>.Invalid("reason", "Geef een reden waarom je het incident heropent.");
        if (text.Length > 1000) return Outcome<IncidentStatus>.Invalid("reason", "De reden mag hoogstens 1000 tekens lang zijn.");
        if (incident.Status != IncidentStatus.Resolved)
            return Outcome<IncidentStatus>.Invalid("reason", $"Alleen een opgelost incident kan heropend worden; dit incident is '{incident.Status.ToDutch()}'.");
        if (await WindowEndsAsync(incident, ct) is { } ends && clock.GetUtcNow() > ends)
            return Outcome<IncidentStatus>.Invalid("reason",
                $"De termijn om te heropenen ({options.Value.WindowWorkingDays} werkdagen) is verstreken op {Platform.Kernel.Formatting.Dutch.DateTime(ends)}. Meld een nieuw incident.");
        Move(db, incident, actor, IncidentStatus.InProgress, prefix + " " + text);
        return Outcome<IncidentStatus>.Success(IncidentStatus.InProgress);
    }

    /// <summary>Closes a resolved <paramref name="incident"/> in <paramref name="db"/> without saving.</summary>
    internal void ApplyConfirm(ServiceDeskDbContext db, Incident incident, Actor actor, string text) =>
        Move(db, incident, actor, IncidentStatus.Closed, text);

    /// <summary>Until when the actor may reopen this incident; null when it is not resolved or not readable.</summary>
    public async Task<DateTimeOffset?> WindowEndsAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var incident = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(access.Readable(actor), i => i.Events), i => i.Id == id, ct);
        return incident is null ? null : await WindowEndsAsync(incident, ct);
    }

    /// <summary>Until when a resolved incident may be reopened: its last resolution plus the window in working time; null when not resolved.</summary>
    public async Task<DateTimeOffset?> WindowEndsAsync(Incident incident, CancellationToken ct)
    {
        if (incident.Status != IncidentStatus.Resolved) return null;
        var resolvedAt = incident.Events.Where(e => e.Kind == IncidentEventKind.StatusChanged && e.Status == IncidentStatus.Resolved)
            .Select(e => (DateTimeOffset?)e.At).Max();
        if (resolvedAt is null) return null;
        var calendar = (await policies.GetAsync(ct)).Calendar;
        return calendar.AddWorkingHours(resolvedAt.Value, options.Value.WindowWorkingDays * 8);
    }

    private void Move(ServiceDeskDbContext db, Incident incident, Actor actor, IncidentStatus to, string text)
    {
        var from = incident.Status;
        incident.Status = to;
        db.IncidentEvents.Add(IncidentService.Event(incident, actor, clock.GetUtcNow(), IncidentEventKind.StatusChanged, to, from.ToDutch(), to.ToDutch(), text));
    }
}
