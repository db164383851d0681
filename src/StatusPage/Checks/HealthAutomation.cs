using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Mail;
using StatusPage.Incidents;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Checks;

/// <summary>
/// Turns a component's check results into incidents, with a human in the loop. Rules (docs/decisions/0xx-health-check-automation.md):
/// <list type="number">
/// <item>Failing: N results in a row Down (or Degraded) on a check. All enabled checks of the component failing = major
/// outage, some = partial outage; only slow = degraded performance. An automatic incident is opened, published at once or
/// left as a draft for an agent (per component), and the desk is mailed.</item>
/// <item>Manual overrides win: a component with a status set by hand, or already in an open incident an agent opened, gets
/// no automatic incident; an automatic incident an agent updated or resolved is handed over and never touched again.</item>
/// <item>Recovered: every enabled check M results in a row Up. The automatic incident is resolved, or resolution is
/// proposed to an agent (per component). A draft nobody published is dismissed.</item>
/// <item>Flapping: with at least K up/down changes in the window, recovery waits (the incident stays open) so subscribers
/// are not told "resolved" and "new outage" over and over.</item>
/// </list>
/// </summary>
internal sealed class HealthAutomation(
    StatusPageDbContext db, IncidentService incidents, IMailSender mail, TimeProvider clock, IOptions<HealthCheckOptions> options,
    IOptions<DeskMailboxOptions> deskMailbox, StatusLinks links, ILogger<HealthAutomation> logger)
{
    public async Task EvaluateAsync(Guid componentId, CancellationToken ct)
    {
        var component = await db.Components.AsNoTracking().FirstOrDefaultAsync(c => c.Id == componentId, ct);
        if (component is null) return;
        var checks = await db.HealthChecks.AsNoTracking().Where(c => c.ComponentId == componentId && c.Enabled).ToListAsync(ct);
        var active = await db.AutomaticIncidents.FirstOrDefaultAsync(a => a.ComponentId == componentId && a.Active == true, ct);
        if (active is { State: AutomaticIncidentState.Published or AutomaticIncidentState.RecoveryProposed, IncidentId: { } incidentId }
            && await HandledByAgentAsync(incidentId, ct))
        {
            active.State = AutomaticIncidentState.HandedOver;
            await db.SaveChangesAsync(ct);
        }

        var level = LevelOf(checks);
        if (level is { } failing)
        {
            if (active is null && component.ManualStatus is null) await OpenAsync(component, failing, checks, ct);
            else if (active is { State: AutomaticIncidentState.RecoveryProposed })
            {
                (active.State, active.RecoveredAt) = (AutomaticIncidentState.Published, null);
                await db.SaveChangesAsync(ct);
            }
            return;
        }
        if (active is not null && checks.Count > 0 && checks.All(c => c.Recovered)) await RecoverAsync(component, active, checks, ct);
    }

    public static ImpactLevel? LevelOf(IReadOnlyList<HealthCheck> checks)
    {
        var alarms = checks.Select(c => c.Alarm).ToList();
        if (alarms.Count == 0) return null;
        if (alarms.All(a => a == CheckOutcome.Down)) return ImpactLevel.MajorOutage;
        if (alarms.Contains(CheckOutcome.Down)) return ImpactLevel.PartialOutage;
        return alarms.Contains(CheckOutcome.Degraded) ? ImpactLevel.DegradedPerformance : null;
    }

    /// <summary>An agent publishes a draft: the incident opens as the automation would have opened it.</summary>
    public async Task<Outcome<AutomaticIncident>> PublishAsync(Guid id, Guid? userId, CancellationToken ct)
    {
        var record = await db.AutomaticIncidents.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (record is null) return Outcome<AutomaticIncident>.Missing();
        if (record.State != AutomaticIncidentState.Draft)
            return Outcome<AutomaticIncident>.Invalid("state", "Alleen een concept kan worden gepubliceerd.");
        var component = await db.Components.AsNoTracking().FirstAsync(c => c.Id == record.ComponentId, ct);
        var opened = await incidents.OpenAsync(NewIncidentFor(component, record.Level, record.Summary), userId, ct);
        if (!opened.Ok) return Outcome<AutomaticIncident>.Invalid(opened.FieldErrors());
        (record.State, record.IncidentId) = (AutomaticIncidentState.Published, opened.Value!.Id);
        await db.SaveChangesAsync(ct);
        return Outcome<AutomaticIncident>.Success(record);
    }

    /// <summary>An agent discards a draft, or confirms a proposed resolution.</summary>
    public async Task<Outcome<AutomaticIncident>> CloseAsync(Guid id, Guid? userId, CancellationToken ct)
    {
        var record = await db.AutomaticIncidents.FirstOrDefaultAsync(a => a.Id == id && a.Active == true, ct);
        if (record is null) return Outcome<AutomaticIncident>.Missing();
        if (record is { State: AutomaticIncidentState.RecoveryProposed or AutomaticIncidentState.Published, IncidentId: { } incidentId })
        {
            var resolved = await incidents.AddUpdateAsync(incidentId, new NewIncidentUpdate(IncidentUpdateStatus.Resolved,
                "De automatische controles zijn opnieuw geslaagd; de storing is opgelost.", null), userId, ct);
            if (resolved.Errors is { } errors) return Outcome<AutomaticIncident>.Invalid(errors);
            Close(record, AutomaticIncidentState.Resolved);
        }
        else Close(record, record.State == AutomaticIncidentState.Draft ? AutomaticIncidentState.Dismissed : AutomaticIncidentState.Resolved);
        await db.SaveChangesAsync(ct);
        return Outcome<AutomaticIncident>.Success(record);
    }

    private async Task OpenAsync(Component component, ImpactLevel level, List<HealthCheck> checks, CancellationToken ct)
    {
        // An incident an agent already opened for this component covers it: the automation does not add its own.
        if (await db.IncidentImpacts.AnyAsync(i => i.ComponentId == component.Id && i.End == null, ct)) return;
        var now = clock.GetUtcNow();
        var summary = string.Join("\n", checks.Where(c => c.Alarm is not null)
            .Select(c => $"{c.Name}: {c.Streak} keer op rij {(c.LastOutcome == CheckOutcome.Down ? "mislukt" : "traag")}{(c.LastMessage is { } m ? " – " + m : "")}"));
        var publish = component.AutomaticIncidents == AutomaticIncidentMode.Publish;
        var record = new AutomaticIncident
        {
            Id = Guid.CreateVersion7(now), ComponentId = component.Id, Level = level, OpenedAt = now, Summary = summary.Length > 1000 ? summary[..1000] : summary,
            State = publish ? AutomaticIncidentState.Published : AutomaticIncidentState.Draft,
        };
        db.AutomaticIncidents.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached; // another node opened it first
            return;
        }
        if (publish)
        {
            var opened = await incidents.OpenAsync(NewIncidentFor(component, level, record.Summary), null, ct);
            record.IncidentId = opened.Value?.Id;
            await db.SaveChangesAsync(ct);
        }
        logger.LogWarning("Automatic incident {AutomaticIncidentId} for component {ComponentId}: {Level}, {State}", record.Id, component.Id, level, record.State);
        await AlertDeskAsync(publish ? $"Automatische storing gepubliceerd: {component.Name}" : $"Concept-storing wacht op goedkeuring: {component.Name}",
            $"""
            De automatische controles van {component.Name} melden: {level.ToDutch()}.

            {record.Summary}

            {(publish ? "De storing staat op de statuspagina en de abonnees worden verwittigd." : "Publiceer of verwerp het concept op de beheerpagina.")}
            {links.Base}/beheer/status/controles
            """, ct);
    }

    private async Task RecoverAsync(Component component, AutomaticIncident active, List<HealthCheck> checks, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        switch (active.State)
        {
            case AutomaticIncidentState.Draft or AutomaticIncidentState.HandedOver:
                Close(active, active.State == AutomaticIncidentState.Draft ? AutomaticIncidentState.Dismissed : AutomaticIncidentState.HandedOver);
                active.RecoveredAt = now;
                await db.SaveChangesAsync(ct);
                return;
            case AutomaticIncidentState.RecoveryProposed:
                return;
        }
        if (await FlappingAsync(checks, now, ct))
        {
            logger.LogInformation("Component {ComponentId} is flapping; automatic incident {AutomaticIncidentId} held open", component.Id, active.Id);
            return;
        }
        active.RecoveredAt = now;
        if (component.AutoResolve && active.IncidentId is { } incidentId)
        {
            await incidents.AddUpdateAsync(incidentId, new NewIncidentUpdate(IncidentUpdateStatus.Resolved,
                "De automatische controles zijn opnieuw geslaagd; de storing is opgelost.", null), null, ct);
            Close(active, AutomaticIncidentState.Resolved);
            await db.SaveChangesAsync(ct);
            return;
        }
        active.State = AutomaticIncidentState.RecoveryProposed;
        await db.SaveChangesAsync(ct);
        await AlertDeskAsync($"Herstel voorgesteld: {component.Name}",
            $"""
            De automatische controles van {component.Name} slagen opnieuw. Bevestig op de beheerpagina dat de storing opgelost is.
            {links.Base}/beheer/status/controles
            """, ct);
    }

    private async Task<bool> FlappingAsync(List<HealthCheck> checks, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddMinutes(-options.Value.FlapWindowMinutes);
        var ids = checks.Select(c => c.Id).ToList();
        var results = await db.HealthCheckResults.AsNoTracking().Where(r => ids.Contains(r.CheckId) && r.At >= since)
            .Select(r => new { r.CheckId, r.At, r.Outcome }).ToListAsync(ct);
        var changes = results.GroupBy(r => r.CheckId).Sum(g =>
        {
            var downs = g.OrderBy(r => r.At).Select(r => r.Outcome == CheckOutcome.Down).ToList();
            return downs.Zip(downs.Skip(1)).Count(p => p.First != p.Second);
        });
        return changes >= options.Value.FlapChanges;
    }

    private async Task<bool> HandledByAgentAsync(Guid incidentId, CancellationToken ct)
    {
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Updates).FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        // Resolved by someone else, or any update after the opening one written by an agent.
        return incident is null || !incident.IsOpen || incident.Updates.OrderBy(u => u.At).Skip(1).Any(u => u.AuthorId is not null);
    }

    private static NewIncident NewIncidentFor(Component component, ImpactLevel level, string summary) =>
        new($"{level.ToDutch()}: {component.Name}", IncidentUpdateStatus.Investigating,
            $"Onze automatische controles stellen vast dat {component.Name} niet goed werkt ({level.ToDutch().ToLowerInvariant()}). We onderzoeken het probleem.",
            [new ImpactInput(component.Id, level)]);

    private void Close(AutomaticIncident record, AutomaticIncidentState state) =>
        (record.State, record.Active, record.ClosedAt) = (state, null, clock.GetUtcNow());

    private async Task AlertDeskAsync(string subject, string text, CancellationToken ct)
    {
        var to = options.Value.DeskAddress is { Length: > 0 } own ? own : deskMailbox.Value.DeskAddress;
        if (string.IsNullOrWhiteSpace(to)) return;
        try
        {
            await mail.SendAsync(new OutgoingMail(to, subject, text), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Desk alert about a health check could not be sent");
        }
    }
}
