using Microsoft.Extensions.Options;
using ServiceDesk.Calendar;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Intake;

/// <summary>
/// A new incident from a mail (imported, or attached by an agent from the review list): channel e-mail, received when the
/// mailbox received it, urgency and impact left for the agent (0 = not yet set), the provisional priority, with the
/// acknowledgement to the sender and the desk alert — at once, as a mail always needs triage. The caller saves.
/// </summary>
internal sealed class MailIncidents(
    IncidentNumbers numbers, ClockPolicyProvider policies, DeskLinks links, IOptions<DeskMailOptions> deskMail,
    IOptions<MailIntakeOptions> options, TimeProvider clock)
{
    public sealed record Sender(Guid? UserId, string Name, string? Email);

    public async Task<(Incident Incident, List<IncidentMail> Mails)> BuildAsync(
        TenantInfo tenant, Sender sender, string subject, string text, IReadOnlyList<IncomingMail.File> files,
        DateTimeOffset receivedAt, Actor actor, string history, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenant.Id,
            Number = await numbers.NextAsync(now, ct),
            Title = subject,
            Description = text,
            Urgency = 0,
            Impact = 0,
            Priority = options.Value.ProvisionalPriority,
            Status = IncidentStatus.New,
            Channel = IncidentChannel.Email,
            ReportedAt = (receivedAt > now ? now : receivedAt).ToUniversalTime(),
            RecordedAt = now,
            ReporterUserId = sender.UserId,
            ReporterName = sender.Name,
            ReporterEmail = sender.Email,
        };
        incident.Events.Add(IncidentService.Event(incident, actor, now, IncidentEventKind.Created, IncidentStatus.New, null, incident.Priority.ToString(), history));
        foreach (var file in files.Take(AttachmentRules.MaxPerIncident))
            AddAttachment(incident, file, actor, now);

        var policy = await policies.GetAsync(ct);
        var clocks = SlaClock.Compute(policy, ClockReadings.Facts(incident), now);
        var mails = new List<IncidentMail>();
        if (sender.Email is not null) mails.Add(IncidentMails.Acknowledgement(incident, clocks, policy.Calendar, now, links));
        if (deskMail.Value.DeskAddress is { Length: > 0 } desk)
            mails.Add(IncidentMails.DeskAlert(incident, tenant.Name, clocks, desk, immediately: true, now, links));
        return (incident, mails);
    }

    public static Attachment AddAttachment(Incident incident, IncomingMail.File file, Actor actor, DateTimeOffset now)
    {
        var a = new Attachment
        {
            Id = Guid.CreateVersion7(now), TenantId = incident.TenantId, IncidentId = incident.Id, FileName = file.FileName,
            ContentType = file.ContentType, Size = file.Content.Length, Content = file.Content, UploadedAt = now, UploadedBy = actor.Name,
        };
        incident.Attachments.Add(a);
        incident.Events.Add(IncidentService.Event(incident, actor, now, IncidentEventKind.AttachmentAdded, null, null, a.FileName, null));
        return a;
    }
}
