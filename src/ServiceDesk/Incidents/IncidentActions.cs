using Platform.Kernel.Security;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>What happens to an incident after it was recorded; every change is kept in its history.</summary>
internal sealed class IncidentActions(
    IncidentAccess access, IPlatformUsers users, IncidentMailDelivery delivery, DeskLinks links, TimeProvider clock)
{
    private const string StaffOnly = "Alleen servicedeskmedewerkers kunnen dit doen.";

    public Task<Outcome<Guid>> ReplyAsync(Guid id, Actor actor, string? text, bool isPublic, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return Task.FromResult(Outcome<Guid>.Invalid("text", "Schrijf een bericht."));
        if (text.Trim().Length > 10_000) return Task.FromResult(Outcome<Guid>.Invalid("text", "Het bericht mag hoogstens 10.000 tekens lang zijn."));
        if (!isPublic && !actor.IsStaff) return Task.FromResult(Outcome<Guid>.Denied("Alleen servicedeskmedewerkers maken interne notities."));
        return access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            if (incident.Status == IncidentStatus.Closed)
                return Outcome<Guid>.Invalid("text", "Dit incident is gesloten.");
            var now = clock.GetUtcNow();
            var kind = isPublic ? IncidentEventKind.PublicReply : IncidentEventKind.InternalNote;
            var entry = IncidentService.Event(incident, actor, now, kind, null, null, null, text.Trim());
            db.IncidentEvents.Add(entry);
            IncidentMail? mail = null;
            if (isPublic && actor.IsStaff)
            {
                // The answer counts once the reporter has it: when its mail is delivered. Without an address the platform
                // cannot deliver; the reply then records an answer given otherwise (by phone) and counts as written.
                if (incident.ReporterEmail is not null) db.IncidentMails.Add(mail = IncidentMails.Reply(incident, entry.Id, text.Trim(), now, links));
                else incident.AnsweredAt ??= now;
            }
            await db.SaveChangesAsync(ct);
            if (mail is not null) await delivery.DeliverAsync(incident.TenantId, mail.Id, ct);
            return Outcome<Guid>.Success(entry.Id);
        }, ct);
    }

    public Task<Outcome<IncidentStatus>> ChangeStatusAsync(Guid id, Actor actor, string? status, string? reason, CancellationToken ct)
    {
        if (!actor.IsStaff) return Task.FromResult(Outcome<IncidentStatus>.Denied(StaffOnly));
        if (ParseStatus(status) is not { } to)
            return Task.FromResult(Outcome<IncidentStatus>.Invalid("status",
                "Kies een status: " + string.Join(", ", Enum.GetNames<IncidentStatus>()) + "."));
        return access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            var from = incident.Status;
            if (!IncidentWorkflow.CanMove(from, to))
                return Outcome<IncidentStatus>.Invalid("status", $"Van '{from.ToDutch()}' kan een incident niet naar '{to.ToDutch()}'.");
            incident.Status = to;
            var now = clock.GetUtcNow();
            var text = IncidentWorkflow.IsReopen(from, to) ? Join("Heropend.", reason) : Clean(reason);
            var change = IncidentService.Event(incident, actor, now, IncidentEventKind.StatusChanged, to, from.ToDutch(), to.ToDutch(), text);
            db.IncidentEvents.Add(change);
            // Resolving with an explanation tells the reporter; without one it is a silent change that answers nobody.
            IncidentMail? mail = null;
            if (to == IncidentStatus.Resolved && Clean(reason) is { } explanation && incident.ReporterEmail is not null)
                db.IncidentMails.Add(mail = IncidentMails.Resolution(incident, change.Id, explanation, now, links));
            await db.SaveChangesAsync(ct);
            if (mail is not null) await delivery.DeliverAsync(incident.TenantId, mail.Id, ct);
            return Outcome<IncidentStatus>.Success(to);
        }, ct);
    }

    public Task<Outcome<Priority>> ChangePriorityAsync(Guid id, Actor actor, string? priority, string? reason, CancellationToken ct)
    {
        if (!actor.IsStaff) return Task.FromResult(Outcome<Priority>.Denied(StaffOnly));
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<Priority>(priority?.Trim(), ignoreCase: true, out var to) || !Enum.IsDefined(to) || !priority!.Trim().StartsWith('P'))
            errors["priority"] = ["Kies een prioriteit: P1, P2, P3 of P4."];
        if (string.IsNullOrWhiteSpace(reason))
            errors["reason"] = ["Geef een reden voor de wijziging van de prioriteit."];
        else if (reason.Trim().Length > 1000)
            errors["reason"] = ["De reden mag hoogstens 1000 tekens lang zijn."];
        if (errors.Count > 0) return Task.FromResult(Outcome<Priority>.Invalid(errors));
        return access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            if (incident.Priority == to)
                return Outcome<Priority>.Invalid("priority", $"Het incident heeft al prioriteit {to}.");
            if (incident.Status == IncidentStatus.Closed)
                return Outcome<Priority>.Invalid("priority", "Dit incident is gesloten.");
            var from = incident.Priority;
            incident.Priority = to;
            incident.PriorityOverrideReason = reason!.Trim();
            db.IncidentEvents.Add(IncidentService.Event(incident, actor, clock.GetUtcNow(), IncidentEventKind.PriorityChanged, null, from.ToString(), to.ToString(), reason.Trim()));
            await db.SaveChangesAsync(ct);
            return Outcome<Priority>.Success(to);
        }, ct);
    }

    public async Task<Outcome<string>> AssignAsync(Guid id, Actor actor, Guid? assigneeId, CancellationToken ct)
    {
        if (!actor.IsStaff) return Outcome<string>.Denied(StaffOnly);
        PlatformUserSummary? assignee = null;
        if (assigneeId is { } who)
        {
            assignee = await users.FindAsync(who, ct);
            if (assignee is null || assignee.Role is not (Roles.Agent or Roles.PlatformAdmin))
                return Outcome<string>.Invalid("assigneeId", "Wijs het incident toe aan een servicedeskmedewerker.");
        }
        return await access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            var from = incident.AssigneeName;
            incident.AssigneeId = assignee?.Id;
            incident.AssigneeName = assignee?.DisplayName;
            db.IncidentEvents.Add(IncidentService.Event(incident, actor, clock.GetUtcNow(), IncidentEventKind.Assigned, null, from, assignee?.DisplayName ?? "niemand", null));
            await db.SaveChangesAsync(ct);
            return Outcome<string>.Success(assignee?.DisplayName ?? "");
        }, ct);
    }

    public Task<Outcome<AttachmentInfo>> AddAttachmentAsync(Guid id, Actor actor, string? fileName, byte[] content, CancellationToken ct)
    {
        var (type, error) = AttachmentRules.Check(fileName, content);
        if (error is not null) return Task.FromResult(Outcome<AttachmentInfo>.Invalid("file", error));
        return access.WithIncidentAsync(id, actor, async (db, incident) =>
        {
            var count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Attachments, a => a.IncidentId == incident.Id, ct);
            if (count >= AttachmentRules.MaxPerIncident)
                return Outcome<AttachmentInfo>.Invalid("file", $"Een incident heeft hoogstens {AttachmentRules.MaxPerIncident} bijlagen.");
            var now = clock.GetUtcNow();
            var a = new Attachment
            {
                Id = Guid.CreateVersion7(now), TenantId = incident.TenantId, IncidentId = incident.Id,
                FileName = AttachmentRules.SafeName(fileName!), ContentType = type!, Size = content.Length, Content = content,
                UploadedAt = now, UploadedBy = actor.Name,
            };
            db.Attachments.Add(a);
            db.IncidentEvents.Add(IncidentService.Event(incident, actor, now, IncidentEventKind.AttachmentAdded, null, null, a.FileName, null));
            await db.SaveChangesAsync(ct);
            return Outcome<AttachmentInfo>.Success(new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy));
        }, ct);
    }

    internal static IncidentStatus? ParseStatus(string? value)
    {
        var key = value?.Replace("-", "").Replace("_", "").Replace(" ", "").Trim();
        return Enum.TryParse<IncidentStatus>(key, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(key, out _) ? s : null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 1000)];

    private static string Join(string a, string? b) => Clean(b) is { } c ? a + " " + c : a;
}
