using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Outages;
using StatusPage.Persistence;

namespace StatusPage.Incidents;

/// <summary>The kernel's <see cref="IStatusIncidents"/> over <see cref="IncidentService"/>: the service desk opens and updates
/// status incidents the same way the status page's own screens do (validation, audit, subscriber notifications).</summary>
internal sealed class StatusIncidents(StatusPageDbContext db, IncidentService incidents) : IStatusIncidents
{
    public async Task<IReadOnlyList<StatusComponentChoice>> ComponentsAsync(CancellationToken cancellationToken = default) =>
        await db.Components.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new StatusComponentChoice(c.Id, c.Name)).ToListAsync(cancellationToken);

    public async Task<Outcome<StatusIncidentInfo>> OpenAsync(NewStatusIncident incident, Guid? userId, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ImpactLevel>(incident.Impact, ignoreCase: true, out var level) || !Enum.IsDefined(level) || int.TryParse(incident.Impact, out _))
            errors["impact"] = ["Kies een impact: verminderde prestaties, gedeeltelijke storing of volledige storing."];
        if (incident.ComponentIds.Count == 0)
            errors["componentIds"] = ["Kies minstens één getroffen onderdeel."];
        if (errors.Count > 0) return Outcome<StatusIncidentInfo>.Invalid(errors);
        var result = await incidents.OpenAsync(
            new NewIncident(incident.Title ?? "", IncidentUpdateStatus.Investigating, incident.Message ?? "",
                incident.ComponentIds.Distinct().Select(id => new ImpactInput(id, level)).ToList()), userId, cancellationToken);
        return result.Ok ? Outcome<StatusIncidentInfo>.Success(Info(result.Value!)) : Outcome<StatusIncidentInfo>.Invalid(Rename(result.FieldErrors()));
    }

    public async Task<Outcome<StatusIncidentInfo>> PostUpdateAsync(Guid id, string message, Guid? userId, CancellationToken cancellationToken = default)
    {
        var current = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (current is null) return Outcome<StatusIncidentInfo>.Missing();
        var result = await incidents.AddUpdateAsync(id, new NewIncidentUpdate(current.Status, message, null), userId, cancellationToken);
        if (result.NotFound) return Outcome<StatusIncidentInfo>.Missing();
        return result.Ok ? Outcome<StatusIncidentInfo>.Success(Info(result.Value!)) : Outcome<StatusIncidentInfo>.Invalid(Rename(result.FieldErrors()));
    }

    public async Task<StatusIncidentInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } i ? Info(i) : null;

    public async Task<IReadOnlyList<StatusIncidentInfo>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        (await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken)).Select(Info).ToList();

    public async Task<IReadOnlyList<StatusIncidentInfo>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        (await db.Incidents.AsNoTracking().Where(i => i.Status != IncidentUpdateStatus.Resolved).ToListAsync(cancellationToken))
            .OrderByDescending(i => i.StartedAt).Select(Info).ToList();

    private static StatusIncidentInfo Info(StatusIncident i) =>
        new(i.Id, i.Title, i.IsOpen, i.Status.ToDutch(), i.StartedAt, i.ResolvedAt, $"/status/storingen/{i.Id}");

    /// <summary>The status page names the impacts field <c>impacts</c>; the contract names the components <c>componentIds</c>.</summary>
    private static Dictionary<string, string[]> Rename(Dictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key == "impacts" ? "componentIds" : e.Key, e => e.Value);
}
