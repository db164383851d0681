using Microsoft.EntityFrameworkCore;
using StatusPage.Auditing;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace StatusPage.Incidents;

internal sealed record ImpactInput(Guid ComponentId, ImpactLevel Level);

internal sealed record NewIncident(string Title, IncidentUpdateStatus Status, string Message, IReadOnlyList<ImpactInput> Impacts);

/// <param name="Impacts">The components affected from now on (replacing the previous set); null keeps them.</param>
internal sealed record NewIncidentUpdate(IncidentUpdateStatus Status, string Message, IReadOnlyList<ImpactInput>? Impacts);

/// <summary>What subscribers will receive: the subject and text of the mail (also the feed entry and webhook text).</summary>
internal sealed record NotificationPreview(string Subject, string Text);

/// <summary>Opens incidents and posts their updates: keeps the impact periods, audits and publishes events.</summary>
internal sealed class IncidentService(StatusPageDbContext db, TimeProvider clock, StatusAudit audit, StatusEvents events)
{
    public async Task<Outcome<StatusIncident>> OpenAsync(NewIncident input, Guid? userId, CancellationToken ct)
    {
        var errors = await ValidateAsync(input.Title, input.Message, input.Impacts, ct);
        if (errors.Count > 0) return Outcome<StatusIncident>.Invalid(errors);
        var now = clock.GetUtcNow();
        var incident = new StatusIncident { Id = Guid.CreateVersion7(now), Title = input.Title.Trim(), Status = input.Status, StartedAt = now };
        var update = new IncidentUpdate { Id = Guid.CreateVersion7(now), IncidentId = incident.Id, At = now, Status = input.Status, Message = input.Message.Trim(), AuthorId = userId };
        incident.Updates.Add(update);
        if (input.Status.IsOpen())
            incident.Impacts.AddRange(input.Impacts.Select(i => NewImpact(incident.Id, i, now)));
        else
            incident.ResolvedAt = now;
        db.Incidents.Add(incident);
        var preview = await PreviewOpenAsync(input, ct);
        events.Add(StatusEventKind.IncidentOpened, $"incident-opened:{incident.Id}", now, preview.Subject, preview.Text,
            input.Impacts.Select(i => i.ComponentId), incidentId: incident.Id);
        audit.Record(userId, "incident.opened", incident.Id, input);
        await events.SaveAndPublishAsync(ct);
        return Outcome<StatusIncident>.Success(incident);
    }

    public async Task<Outcome<StatusIncident>> AddUpdateAsync(Guid incidentId, NewIncidentUpdate input, Guid? userId, CancellationToken ct)
    {
        var incident = await db.Incidents.Include(i => i.Impacts).FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return Outcome<StatusIncident>.Missing();
        if (!incident.IsOpen)
            return Outcome<StatusIncident>.Conflicting("Deze storing is al opgelost; open een nieuwe storing.", "status");
        var errors = await ValidateAsync(incident.Title, input.Message, input.Impacts ?? [], ct);
        if (errors.Count > 0) return Outcome<StatusIncident>.Invalid(errors);

        var now = clock.GetUtcNow();
        var update = new IncidentUpdate { Id = Guid.CreateVersion7(now), IncidentId = incident.Id, At = now, Status = input.Status, Message = input.Message.Trim(), AuthorId = userId };
        db.IncidentUpdates.Add(update);
        var open = incident.Impacts.Where(i => i.End is null).ToList();
        var wanted = input.Status.IsOpen() ? input.Impacts ?? open.Select(i => new ImpactInput(i.ComponentId, i.Level)).ToList() : [];
        foreach (var period in open.Where(p => !wanted.Contains(new ImpactInput(p.ComponentId, p.Level))))
            period.End = now;
        foreach (var impact in wanted.Where(w => !open.Any(p => p.ComponentId == w.ComponentId && p.Level == w.Level)))
            db.IncidentImpacts.Add(NewImpact(incident.Id, impact, now));
        incident.Status = input.Status;
        if (!input.Status.IsOpen()) incident.ResolvedAt = now;

        var components = wanted.Select(w => w.ComponentId).Concat(open.Select(o => o.ComponentId)).Distinct().ToList();
        var preview = await PreviewUpdateAsync(incident, input, ct);
        var kind = input.Status.IsOpen() ? StatusEventKind.IncidentUpdated : StatusEventKind.IncidentResolved;
        var key = input.Status.IsOpen() ? $"incident-update:{update.Id}" : $"incident-resolved:{incident.Id}";
        events.Add(kind, key, now, preview.Subject, preview.Text, components, incidentId: incident.Id);
        audit.Record(userId, input.Status.IsOpen() ? "incident.updated" : "incident.resolved", incident.Id, input);
        await events.SaveAndPublishAsync(ct);
        return Outcome<StatusIncident>.Success(incident);
    }

    public async Task<NotificationPreview> PreviewOpenAsync(NewIncident input, CancellationToken ct) =>
        new(StatusTexts.Title(StatusEventKind.IncidentOpened, input.Title.Trim()),
            StatusTexts.IncidentBody(input.Status, input.Message, clock.GetUtcNow(), await ImpactLinesAsync(input.Impacts, ct)));

    public async Task<NotificationPreview> PreviewUpdateAsync(StatusIncident incident, NewIncidentUpdate input, CancellationToken ct)
    {
        var impacts = input.Status.IsOpen()
            ? input.Impacts ?? incident.Impacts.Where(i => i.End is null).Select(i => new ImpactInput(i.ComponentId, i.Level)).ToList()
            : [];
        var kind = input.Status.IsOpen() ? StatusEventKind.IncidentUpdated : StatusEventKind.IncidentResolved;
        return new(StatusTexts.Title(kind, incident.Title),
            StatusTexts.IncidentBody(input.Status, input.Message, clock.GetUtcNow(), await ImpactLinesAsync(impacts, ct)));
    }

    private async Task<List<string>> ImpactLinesAsync(IReadOnlyList<ImpactInput> impacts, CancellationToken ct)
    {
        var ids = impacts.Select(i => i.ComponentId).ToList();
        var names = await db.Components.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return impacts.Where(i => names.ContainsKey(i.ComponentId)).Select(i => StatusTexts.Impact(names[i.ComponentId], i.Level)).ToList();
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(string? title, string? message, IReadOnlyList<ImpactInput> impacts, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = ["Geef de storing een titel."];
        else if (title.Trim().Length > 200) errors["title"] = ["De titel is te lang (maximaal 200 tekens)."];
        if (string.IsNullOrWhiteSpace(message)) errors["message"] = ["Schrijf een bericht voor de abonnees."];
        else if (message.Trim().Length > 4000) errors["message"] = ["Het bericht is te lang (maximaal 4000 tekens)."];
        if (impacts.Select(i => i.ComponentId).Distinct().Count() != impacts.Count)
            errors["impacts"] = ["Elk onderdeel mag maar één keer voorkomen."];
        else if (impacts.Any(i => !Enum.IsDefined(i.Level)))
            errors["impacts"] = ["Kies een geldige impact."];
        else
        {
            var ids = impacts.Select(i => i.ComponentId).ToList();
            var known = await db.Components.CountAsync(c => ids.Contains(c.Id), ct);
            if (known != ids.Count) errors["impacts"] = ["Een van de onderdelen bestaat niet."];
        }
        return errors;
    }

    private static IncidentImpact NewImpact(Guid incidentId, ImpactInput input, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), IncidentId = incidentId, ComponentId = input.ComponentId, Level = input.Level, Start = now };
}
