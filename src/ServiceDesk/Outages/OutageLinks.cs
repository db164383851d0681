using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Outages;
using ServiceDesk.Persistence;

namespace ServiceDesk.Outages;

/// <summary>Links an incident to a status-page incident (an existing open one, or one opened from this incident), unlinks
/// it, and reads the link. Agents only; the link is stored with the incident, in its tenant.</summary>
internal sealed class OutageLinks(IncidentAccess access, IStatusIncidents statusIncidents, ServiceDeskDbContext db, ITenantStore tenants, TimeProvider clock)
{
    private const string StaffOnly = "Alleen servicedeskmedewerkers koppelen incidenten aan een storing.";

    public async Task<Outcome<OutageLinkResponse>> LinkAsync(Guid incidentId, Actor actor, Guid? statusIncidentId, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<OutageLinkResponse>.Denied(StaffOnly);
        if (statusIncidentId is not { } target || target == Guid.Empty)
            return Outcome<OutageLinkResponse>.Invalid("statusIncidentId", "Kies een storing van de statuspagina.");
        var outage = await statusIncidents.FindAsync(target, ct);
        if (outage is null) return Outcome<OutageLinkResponse>.Invalid("statusIncidentId", "Deze storing bestaat niet op de statuspagina.");
        if (!outage.IsOpen) return Outcome<OutageLinkResponse>.Invalid("statusIncidentId", "Deze storing is al opgelost; kies een lopende storing.");
        return await access.WithIncidentAsync(incidentId, actor, async (tenantDb, incident) =>
        {
            var existing = await tenantDb.OutageLinks.FirstOrDefaultAsync(l => l.IncidentId == incident.Id, ct);
            if (existing is not null && existing.StatusIncidentId != target)
                return Outcome<OutageLinkResponse>.Invalid("statusIncidentId", "Dit incident is al aan een andere storing gekoppeld; ontkoppel het eerst.");
            if (existing is null)
            {
                var now = clock.GetUtcNow();
                tenantDb.OutageLinks.Add(new OutageLink
                {
                    Id = Guid.CreateVersion7(now), TenantId = incident.TenantId, IncidentId = incident.Id, StatusIncidentId = target,
                    LinkedAt = now, LinkedBy = actor.Name,
                });
                tenantDb.IncidentEvents.Add(IncidentService.Event(incident, actor, now, IncidentEventKind.InternalNote, null, null, null,
                    $"Gekoppeld aan de storing \"{outage.Title}\" op de statuspagina."));
                try
                {
                    await tenantDb.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    return Outcome<OutageLinkResponse>.Invalid("statusIncidentId", "Dit incident werd intussen al gekoppeld; vernieuw de pagina.");
                }
            }
            return Outcome<OutageLinkResponse>.Success(Response(incident.Id, outage));
        }, ct);
    }

    /// <summary>Opens a status incident from this incident (its first public update is <paramref name="request"/>'s message) and links it.</summary>
    public async Task<Outcome<OutageLinkResponse>> CreateFromAsync(Guid incidentId, Actor actor, CreateOutageRequest request, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<OutageLinkResponse>.Denied(StaffOnly);
        var incident = await access.Readable(actor).AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return Outcome<OutageLinkResponse>.Missing();
        if (await AcrossTenants.OutageLinks(db).AnyAsync(l => l.IncidentId == incidentId, ct)) // staff: the incident's own link, any tenant
            return Outcome<OutageLinkResponse>.Invalid("title", "Dit incident is al aan een storing gekoppeld; ontkoppel het eerst.");
        var title = string.IsNullOrWhiteSpace(request.Title) ? incident.Title : request.Title;
        var opened = await statusIncidents.OpenAsync(new NewStatusIncident(title, request.Impact, request.ComponentIds ?? [], request.Message), actor.Id, ct);
        if (!opened.Ok) return Outcome<OutageLinkResponse>.Invalid(opened.FieldErrors());
        return await LinkAsync(incidentId, actor, opened.Value!.Id, ct);
    }

    public Task<Outcome<bool>> UnlinkAsync(Guid incidentId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return Task.FromResult(Outcome<bool>.Denied(StaffOnly));
        return access.WithIncidentAsync(incidentId, actor, async (tenantDb, incident) =>
        {
            var link = await tenantDb.OutageLinks.FirstOrDefaultAsync(l => l.IncidentId == incident.Id, ct);
            if (link is null) return Outcome<bool>.Invalid("statusIncidentId", "Dit incident is aan geen storing gekoppeld.");
            tenantDb.OutageLinks.Remove(link);
            var title = (await statusIncidents.FindAsync(link.StatusIncidentId, ct))?.Title ?? "onbekend";
            tenantDb.IncidentEvents.Add(IncidentService.Event(incident, actor, clock.GetUtcNow(), IncidentEventKind.InternalNote, null, null, null,
                $"Ontkoppeld van de storing \"{title}\"."));
            await tenantDb.SaveChangesAsync(ct);
            return Outcome<bool>.Success(true);
        }, ct);
    }

    /// <summary>The outage an incident is linked to (staff only; null when none).</summary>
    public async Task<OutageLinkResponse?> OfIncidentAsync(Guid incidentId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return null;
        // Staff read across tenants, as IncidentAccess.Readable does for the incident itself.
        var link = await AcrossTenants.OutageLinks(db).AsNoTracking().FirstOrDefaultAsync(l => l.IncidentId == incidentId, ct);
        if (link is null) return null;
        var outage = await statusIncidents.FindAsync(link.StatusIncidentId, ct);
        return outage is null ? null : Response(incidentId, outage);
    }

    /// <summary>The open status incidents an agent can link to, with the number of incidents already linked.</summary>
    public async Task<IReadOnlyList<OpenOutage>> OpenAsync(CancellationToken ct)
    {
        var open = await statusIncidents.ListOpenAsync(ct);
        var ids = open.Select(o => o.Id).ToList();
        // The desk's platform-wide view of an outage counts the links of every tenant.
        var counts = await AcrossTenants.OutageLinks(db).Where(l => ids.Contains(l.StatusIncidentId))
            .GroupBy(l => l.StatusIncidentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return open.Select(o => new OpenOutage(o.Id, o.Title, o.Stage, o.StartedAt, counts.GetValueOrDefault(o.Id))).ToList();
    }

    /// <summary>One outage with the incidents linked to it, in every tenant, and the updates the desk sent.</summary>
    public async Task<OutageResponse?> GetAsync(Guid statusIncidentId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff) return null;
        var outage = await statusIncidents.FindAsync(statusIncidentId, ct);
        if (outage is null) return null;
        // An outage crosses tenants: the desk sees every incident linked to it (staff only, checked above).
        var linked = await (from l in AcrossTenants.OutageLinks(db)
                            join i in AcrossTenants.Incidents(db) on l.IncidentId equals i.Id
                            where l.StatusIncidentId == statusIncidentId
                            select new { i.Id, i.Number, i.TenantId, i.ReporterName, i.Status }).AsNoTracking().ToListAsync(ct);
        var incidents = new List<LinkedIncident>();
        foreach (var i in linked.OrderBy(i => i.Number, StringComparer.Ordinal))
        {
            var tenant = await tenants.FindByIdAsync(i.TenantId, ct);
            incidents.Add(new LinkedIncident(i.Id, i.Number, tenant?.Identifier ?? "", tenant?.Name ?? "", i.ReporterName, i.Status.ToString(), i.Status.ToDutch()));
        }
        var updates = await db.OutageUpdates.AsNoTracking().Where(u => u.StatusIncidentId == statusIncidentId).ToListAsync(ct);
        var updateIds = updates.Select(u => u.Id).ToList();
        var recipients = await AcrossTenants.OutageDeliveries(db).Where(d => updateIds.Contains(d.UpdateId))
            .GroupBy(d => d.UpdateId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new OutageResponse(outage.Id, outage.Title, outage.IsOpen, outage.Stage, outage.Permalink,
            ClockReadings.InBrussels(outage.StartedAt), outage.ResolvedAt is { } r ? ClockReadings.InBrussels(r) : null, incidents,
            updates.OrderByDescending(u => u.At).Select(u => new OutageUpdateInfo(u.Id, ClockReadings.InBrussels(u.At), u.By, u.Text,
                u.PublishedAt is not null, recipients.GetValueOrDefault(u.Id))).ToList());
    }

    private static OutageLinkResponse Response(Guid incidentId, StatusIncidentInfo outage) =>
        new(incidentId, outage.Id, outage.Title, outage.IsOpen, outage.Stage, outage.Permalink);
}
