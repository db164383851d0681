using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Outages;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Outages;

/// <summary>
/// The desk's word to everyone hit by one outage: ONE update, optionally posted on the status incident, recorded as a public
/// message on every linked incident and mailed to each reporter in their own incident's thread. The update's id makes it
/// idempotent: a second request with the same id, a retry after a failure half-way or a second node sends nothing twice.
/// Once the status incident is resolved, the linked incidents are resolved through the usual resolve use case.
/// </summary>
internal sealed class OutageUpdates(
    ServiceDeskDbContext db, IStatusIncidents statusIncidents, ITenantScopeFactory scopes, IncidentActions actions,
    IncidentMailDelivery delivery, DeskLinks links, TimeProvider clock, ILogger<OutageUpdates> logger)
{
    private const string StaffOnly = "Alleen servicedeskmedewerkers versturen updates over een storing.";

    public async Task<Outcome<SentOutageUpdate>> PostAsync(Guid statusIncidentId, Actor actor, OutageUpdateRequest request, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<SentOutageUpdate>.Denied(StaffOnly);
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Outcome<SentOutageUpdate>.Invalid("text", "Schrijf de update voor de melders.");
        if (text.Length > OutageUpdateConfiguration.TextLength)
            return Outcome<SentOutageUpdate>.Invalid("text", "De update mag hoogstens 4.000 tekens lang zijn.");
        var outage = await statusIncidents.FindAsync(statusIncidentId, ct);
        if (outage is null) return Outcome<SentOutageUpdate>.Missing();
        var updateId = request.UpdateId is { } given && given != Guid.Empty ? given : Guid.CreateVersion7(clock.GetUtcNow());

        var update = await db.OutageUpdates.FirstOrDefaultAsync(u => u.Id == updateId, ct);
        var alreadySent = update is not null;
        if (update is not null && update.StatusIncidentId != statusIncidentId)
            return Outcome<SentOutageUpdate>.Invalid("updateId", "Deze update-id hoort bij een andere storing.");
        if (update is null)
        {
            var publish = request.Publish ?? false;
            if (publish && !outage.IsOpen)
                return Outcome<SentOutageUpdate>.Invalid("publish", "De storing is al opgelost op de statuspagina: verstuur de update zonder ze daar te publiceren.");
            update = new OutageUpdate { Id = updateId, StatusIncidentId = statusIncidentId, Text = text, Publish = publish, At = clock.GetUtcNow(), By = actor.Name };
            db.OutageUpdates.Add(update);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same update id sent at the same moment (double click, another node): that request sends it.
                return Outcome<SentOutageUpdate>.Success(new SentOutageUpdate(updateId, false, 0, AlreadySent: true));
            }
        }

        if (update.Publish && update.PublishedAt is null)
        {
            var posted = await statusIncidents.PostUpdateAsync(statusIncidentId, update.Text, actor.Id, ct);
            if (!posted.Ok && !alreadySent)
            {
                db.OutageUpdates.Remove(update);
                await db.SaveChangesAsync(CancellationToken.None);
                return Outcome<SentOutageUpdate>.Invalid("publish", (posted.Errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value).FirstOrDefault() ?? "De statuspagina weigerde de update.");
            }
            if (posted.Ok)
            {
                update.PublishedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        var messaged = 0;
        foreach (var target in await LinkedAsync(statusIncidentId, ct))
            messaged += await MessageAsync(target.TenantId, target.IncidentId, update, outage.Title, actor, ct) ? 1 : 0;
        logger.LogInformation("Outage update {UpdateId} of status incident {StatusIncidentId}: {Messaged} incidents messaged", updateId, statusIncidentId, messaged);
        return Outcome<SentOutageUpdate>.Success(new SentOutageUpdate(updateId, update.PublishedAt is not null, messaged, alreadySent && messaged == 0));
    }

    /// <summary>Resolves every linked incident that is not resolved yet, with the explanation mailed to its reporter as usual.</summary>
    public async Task<Outcome<LinkedResolution>> ResolveLinkedAsync(Guid statusIncidentId, Actor actor, string? explanation, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<LinkedResolution>.Denied(StaffOnly);
        var outage = await statusIncidents.FindAsync(statusIncidentId, ct);
        if (outage is null) return Outcome<LinkedResolution>.Missing();
        if (outage.IsOpen)
            return Outcome<LinkedResolution>.Invalid("explanation", "De storing is nog niet opgelost op de statuspagina; los ze daar eerst op.");
        if (string.IsNullOrWhiteSpace(explanation))
            return Outcome<LinkedResolution>.Invalid("explanation", "Schrijf de uitleg die elke melder bij de oplossing krijgt.");
        if (explanation.Trim().Length > 1000)
            return Outcome<LinkedResolution>.Invalid("explanation", "De uitleg mag hoogstens 1.000 tekens lang zijn.");
        var resolved = new List<string>();
        var skipped = new List<string>();
        foreach (var target in await LinkedAsync(statusIncidentId, ct))
        {
            if (target.Status is IncidentStatus.Resolved or IncidentStatus.Closed)
            {
                skipped.Add(target.Number);
                continue;
            }
            var outcome = await actions.ChangeStatusAsync(target.IncidentId, actor, nameof(IncidentStatus.Resolved), explanation, ct);
            (outcome.Ok ? resolved : skipped).Add(target.Number);
        }
        return Outcome<LinkedResolution>.Success(new LinkedResolution(resolved, skipped));
    }

    private sealed record Target(Guid TenantId, Guid IncidentId, string Number, IncidentStatus Status);

    /// <summary>The incidents of every tenant linked to the outage: the desk acts on all of them (callers are staff).</summary>
    private async Task<List<Target>> LinkedAsync(Guid statusIncidentId, CancellationToken ct) =>
        await (from l in AcrossTenants.OutageLinks(db)
               join i in AcrossTenants.Incidents(db) on l.IncidentId equals i.Id
               where l.StatusIncidentId == statusIncidentId
               orderby i.Number
               select new Target(i.TenantId, i.Id, i.Number, i.Status)).AsNoTracking().ToListAsync(ct);

    /// <summary>The update as a public message on one incident (and its mail), once: the delivery row and its unique index say so.</summary>
    private async Task<bool> MessageAsync(Guid tenantId, Guid incidentId, OutageUpdate update, string outageTitle, Actor actor, CancellationToken ct)
    {
        IncidentMail? mail = null;
        await using (var scope = await scopes.BeginAsync(tenantId, ct))
        {
            var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            if (await tenantDb.OutageDeliveries.AnyAsync(d => d.UpdateId == update.Id && d.IncidentId == incidentId, ct)) return false;
            var incident = await tenantDb.Incidents.FirstOrDefaultAsync(i => i.Id == incidentId, ct);
            if (incident is null || incident.Status == IncidentStatus.Closed) return false;
            var now = clock.GetUtcNow();
            var entry = IncidentService.Event(incident, actor, now, IncidentEventKind.PublicReply, null, null, null, update.Text);
            tenantDb.IncidentEvents.Add(entry);
            tenantDb.OutageDeliveries.Add(new OutageDelivery
            {
                Id = Guid.CreateVersion7(now), TenantId = tenantId, UpdateId = update.Id, IncidentId = incidentId, EventId = entry.Id, At = now,
            });
            if (incident.ReporterEmail is not null)
                tenantDb.IncidentMails.Add(mail = IncidentMails.OutageUpdate(incident, update.Id, outageTitle, update.Text, now, links));
            else
                incident.AnsweredAt ??= now; // as a reply: without an address the answer was given otherwise
            try
            {
                await tenantDb.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return false; // another request or node recorded it at the same moment
            }
        }
        if (mail is not null) await delivery.DeliverAsync(tenantId, mail.Id, ct);
        return true;
    }
}
