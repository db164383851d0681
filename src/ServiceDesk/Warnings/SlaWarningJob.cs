using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Jobs;
using Platform.Kernel.Mail;
using Platform.Kernel.Security;
using ServiceDesk.Calendar;
using ServiceDesk.Domain;
using ServiceDesk.Incidents;
using ServiceDesk.Persistence;

namespace ServiceDesk.Warnings;

/// <summary>
/// Every few minutes: mails the assignee when 75 % of a running target has elapsed and when it is breached, once per
/// (incident, clock, kind). The sent-log row is written first; its unique key makes a second node or run skip it.
/// </summary>
internal sealed class SlaWarningJob(
    ServiceDeskDbContext db, ClockPolicyProvider policies, IPlatformUsers users, IMailSender mail,
    IConfiguration configuration, TimeProvider clock, ILogger<SlaWarningJob> logger)
{
    public const string Id = "servicedesk-sla-warnings";

    [DisableConcurrentExecution(300)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var policy = await policies.GetAsync(ct);
        var open = await db.Incidents.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.AssigneeId != null && i.Status != IncidentStatus.Resolved && i.Status != IncidentStatus.Closed)
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
                sent += await SendOnceAsync(incident, kind, warning, reading, ct) ? 1 : 0;
            }
        }
        return sent;
    }

    private async Task<bool> SendOnceAsync(Incident incident, SlaClockKind clockKind, SlaWarningKind kind, ClockReading reading, CancellationToken ct)
    {
        var assignee = await users.FindAsync(incident.AssigneeId!.Value, ct);
        if (assignee is null || string.IsNullOrEmpty(assignee.Email)) return false;
        var row = new SlaWarning
        {
            Id = Guid.NewGuid(), IncidentId = incident.Id, Clock = clockKind, Kind = kind, SentAt = clock.GetUtcNow(), AssigneeId = assignee.Id,
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
        var what = kind == SlaWarningKind.Breach ? $"De {target} is overschreden" : $"75 % van de {target} is verstreken";
        try
        {
            await mail.SendAsync(new OutgoingMail(assignee.Email, $"{what}: {incident.Priority} {incident.Title}",
                $"Beste {assignee.DisplayName},\n\n{what} voor het incident \"{incident.Title}\" ({incident.Priority}).\n" +
                $"Termijn: {ReportText(reading.Target)} werkuren, verstreken: {ReportText(reading.Elapsed)} werkuren, " +
                $"vervalt op {Dutch.DateTime(reading.DueAt)}.\n\nOpen het incident: {BaseUrl()}/servicedesk/incidenten/{incident.Id}\n"), ct);
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

    private string BaseUrl() => (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5080").TrimEnd('/');
}

/// <summary>Registers the recurring job at start-up (every 5 minutes, Brussels time).</summary>
internal sealed class SlaWarningSchedule(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<SlaWarningJob>(SlaWarningJob.Id, j => j.RunAsync(CancellationToken.None), "*/5 * * * *", RecurringJobDefaults.Brussels);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
