using Microsoft.EntityFrameworkCore;
using StatusPage.Auditing;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace StatusPage.Incidents;

internal sealed record PostIncidentReport(string? Cause, string? Impact, string? Measures);

/// <summary>Writes (or rewrites) the post-incident report of a resolved incident: cause, impact and measures. It shows
/// on the incident's public permalink page under the timeline.</summary>
internal sealed class PostIncidentReports(StatusPageDbContext db, TimeProvider clock, StatusAudit audit, StatusEvents events)
{
    public const int MaxLength = 4000;

    public async Task<Outcome<StatusIncident>> WriteAsync(Guid incidentId, PostIncidentReport input, Guid? userId, CancellationToken ct)
    {
        var incident = await db.Incidents.Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return Outcome<StatusIncident>.Missing();
        if (incident.IsOpen) return Outcome<StatusIncident>.Conflicting("Deze storing is nog niet opgelost: schrijf het rapport zodra ze opgelost is.");
        var errors = new Dictionary<string, string[]>();
        Check(errors, "cause", input.Cause, "Beschrijf de oorzaak van de storing.");
        Check(errors, "impact", input.Impact, "Beschrijf de impact: wie merkte wat, hoe lang.");
        Check(errors, "measures", input.Measures, "Beschrijf de maatregelen die herhaling voorkomen.");
        if (errors.Count > 0) return Outcome<StatusIncident>.Invalid(errors);

        incident.ReportCause = input.Cause!.Trim();
        incident.ReportImpact = input.Impact!.Trim();
        incident.ReportMeasures = input.Measures!.Trim();
        incident.ReportPublishedAt = clock.GetUtcNow();
        audit.Record(userId, "incident.report", incident.Id, input);
        await events.SaveAndPublishAsync(ct); // refreshes the public pages
        return Outcome<StatusIncident>.Success(incident);
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, string missing)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [missing];
        else if (value.Trim().Length > MaxLength) errors[field] = [$"Deze tekst is te lang (maximaal {MaxLength} tekens)."];
    }
}
