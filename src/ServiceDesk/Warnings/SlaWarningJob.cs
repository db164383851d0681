using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Jobs;
using Platform.Kernel.Mail;
using Platform.Kernel.Security;
using ServiceDesk.Calendar;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;
using ServiceDesk.Queue;

namespace ServiceDesk.Warnings;

/// <summary>
/// Every few minutes: mails the assignee — or, for an unassigned incident, the desk — when 75 % of a running target has
/// elapsed and when it is breached, and escalates a breach to the desk lead; each once per (incident, clock, kind). The
/// sent-log row is written first; its unique key makes a second node or run skip it, and a failed mail gives it back.
/// </summary>
internal sealed class SlaWarningJob(
    ServiceDeskDbContext db, ClockPolicyProvider policies, IPlatformUsers users, IMailSender mail,
    IOptions<DeskMailOptions> deskMail, DeskLinks links, TimeProvider clock, ILogger<SlaWarningJob> logger)
{
    public const string Id = "servicedesk-sla-warnings";

    [DisableConcurrentExecution(300)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var policy = await policies.GetAsync(ct);
        var open = await AcrossTenants.Incidents(db).AsNoTracking()
            .Where(IncidentQueries.NeedsAttention)
            .Include(i => i.Events.Where(e => e.Kind == IncidentEventKind.StatusChanged))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var incident in open)
        {
            var clocks = SlaClock.Compute(policy, ClockReadings.Facts(incident), now);
            foreach (var (which, level) in SlaWarnings.Due(clocks))
            {
                var reading = which == WarningClock.Response ? clocks.Response : clocks.Resolution;
                var kind = which == WarningClock.Response ? SlaClockKind.Response : SlaClockKind.Resolution;
                var warning = level == WarningLevel.Breach ? SlaWarningKind.Breach : SlaWarningKind.SeventyFivePercent;
                if (await RecipientAsync(incident, ct) is { } to)
                    sent += await SendOnceAsync(incident, kind, warning, reading, to, ct) ? 1 : 0;
                if (warning == SlaWarningKind.Breach && deskMail.Value.LeadAddress is { Length: > 0 } lead)
                    sent += await SendOnceAsync(incident, kind, SlaWarningKind.Escalation, reading, (Guid.Empty, lead, "teamleider"), ct) ? 1 : 0;
            }
        }
        return sent;
    }

    /// <summary>The assignee, or the desk's mailbox (id <see cref="Guid.Empty"/>) while nobody has the incident.</summary>
    private async Task<(Guid Id, string Email, string Name)?> RecipientAsync(Incident incident, CancellationToken ct)
    {
        if (incident.AssigneeId is { } assigneeId)
            return await users.FindAsync(assigneeId, ct) is { Email.Length: > 0 } a ? (a.Id, a.Email, a.DisplayName) : null;
        return deskMail.Value.DeskAddress is { Length: > 0 } desk ? (Guid.Empty, desk, "servicedesk") : null;
    }

    private async Task<bool> SendOnceAsync(Incident incident, SlaClockKind clockKind, SlaWarningKind kind, ClockReading reading,
        (Guid Id, string Email, string Name) to, CancellationToken ct)
    {
        var row = new SlaWarning
        {
            Id = Guid.NewGuid(), IncidentId = incident.Id, Clock = clockKind, Kind = kind, SentAt = clock.GetUtcNow(), AssigneeId = to.Id,
        };
        db.SlaWarnings.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            logger.LogInformation("SLA {Kind} warning of incident {IncidentId} ({Clock}) was claimed by another node first; not sent again",
                kind, incident.Id, clockKind);
            return false;
        }
        var target = clockKind == SlaClockKind.Response ? "reactietermijn" : "oplostermijn";
        var what = kind switch
        {
            SlaWarningKind.Escalation => $"Escalatie: de {target} is overschreden",
            SlaWarningKind.Breach => $"De {target} is overschreden",
            _ => $"75 % van de {target} is verstreken",
        };
        var who = incident.AssigneeName is { } assignee ? $"Toegewezen aan: {assignee}." : "Nog aan niemand toegewezen.";
        try
        {
            await mail.SendAsync(new OutgoingMail(to.Email, $"[{incident.Number}] {what}: {incident.Priority} {incident.Title}",
                $"Beste {to.Name},\n\n{what} voor het incident {incident.Number} \"{incident.Title}\" ({incident.Priority}). {who}\n" +
                $"Termijn: {ReportText(reading.Target)} werkuren, verstreken: {ReportText(reading.Elapsed)} werkuren, " +
                $"vervalt op {Dutch.DateTime(reading.DueAt)}.\n\nOpen het incident: {links.Incident(incident.Id)}\n",
                Headers: new Dictionary<string, string>
                {
                    ["Auto-Submitted"] = "auto-generated", ["In-Reply-To"] = IncidentMails.ThreadRoot(incident.Id), ["References"] = IncidentMails.ThreadRoot(incident.Id),
                }), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Give the slot back so the next run retries the mail.
            db.SlaWarnings.Remove(row);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning(e, "SLA warning mail for incident {IncidentId} failed; will retry", incident.Id);
            return false;
        }
        return true;
    }

    private static string ReportText(TimeSpan t) => t.TotalHours.ToString("0.##", Dutch.Culture);
}
