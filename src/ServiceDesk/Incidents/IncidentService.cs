using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Calendar;
using Microsoft.Extensions.Options;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>Recording and reading incidents.</summary>
internal sealed class IncidentService(
    ServiceDeskDbContext db, IncidentAccess access, ITenantStore tenants, ITenantScopeFactory scopes,
    ClockPolicyProvider policies, IncidentNumbers numbers, IncidentMailDelivery delivery, DeskLinks links,
    IOptions<DeskMailOptions> deskMail, TimeProvider clock)
{
    public sealed record NewFile(string FileName, byte[] Content);

    public async Task<Outcome<IncidentCreatedResponse>> CreateAsync(
        CreateIncidentRequest request, Actor actor, IReadOnlyList<NewFile>? files, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (valid, errors) = IncidentValidation.Check(request, actor.IsStaff, now);
        var (tenant, denied) = await TenantOfAsync(request, actor, errors, ct);
        if (denied is not null) return Outcome<IncidentCreatedResponse>.Denied(denied);
        var checkedFiles = CheckFiles(files, errors);
        if (errors.Count > 0 || valid is null || tenant is null) return Outcome<IncidentCreatedResponse>.Invalid(errors);

        var incident = NewIncident(valid, tenant, actor, await numbers.NextAsync(now, ct), now);
        foreach (var (name, type, content) in checkedFiles)
        {
            incident.Attachments.Add(new Attachment
            {
                Id = Guid.CreateVersion7(now), TenantId = tenant.Id, IncidentId = incident.Id, FileName = name, ContentType = type,
                Size = content.Length, Content = content, UploadedAt = now, UploadedBy = actor.Name,
            });
            incident.Events.Add(Event(incident, actor, now, IncidentEventKind.AttachmentAdded, null, null, name, null));
        }

        var clocks = await SaveWithMailsAsync(incident, tenant, actor, now, ct);
        return Outcome<IncidentCreatedResponse>.Success(new IncidentCreatedResponse(
            incident.Id, incident.Number, tenant.Identifier, incident.Priority.ToString(), incident.Status.ToString(),
            ClockReadings.InBrussels(incident.ReportedAt), clocks.Response.DueAt, clocks.Resolution.DueAt));
    }

    /// <summary>The tenant the new incident is for: the one staff named (an unknown name is a field error), or the
    /// reporter's own (naming another is refused).</summary>
    private async Task<(TenantInfo? Tenant, string? Denied)> TenantOfAsync(
        CreateIncidentRequest request, Actor actor, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        TenantInfo? tenant = null;
        if (actor.IsStaff)
        {
            if (!string.IsNullOrWhiteSpace(request.Tenant) && (tenant = await tenants.FindByIdentifierAsync(request.Tenant.Trim(), ct)) is null)
                errors["tenant"] = ["Dit lokaal bestuur bestaat niet."];
            return (tenant, null);
        }
        tenant = actor.TenantId is { } own ? await tenants.FindByIdAsync(own, ct) : null;
        if (tenant is null)
            return (null, "Je account hoort niet bij een lokaal bestuur.");
        if (!string.IsNullOrWhiteSpace(request.Tenant) && !string.Equals(request.Tenant.Trim(), tenant.Identifier, StringComparison.OrdinalIgnoreCase))
            return (null, "Je kan alleen incidenten melden voor je eigen lokaal bestuur.");
        return (tenant, null);
    }

    /// <summary>The attachments that pass the rules; each refusal (and too many files) is an error under "attachments".</summary>
    private static List<(string Name, string Type, byte[] Content)> CheckFiles(IReadOnlyList<NewFile>? files, Dictionary<string, string[]> errors)
    {
        var checkedFiles = new List<(string Name, string Type, byte[] Content)>();
        foreach (var file in files ?? [])
        {
            var (type, error) = AttachmentRules.Check(file.FileName, file.Content);
            if (error is not null) errors["attachments"] = [.. errors.GetValueOrDefault("attachments") ?? [], error];
            else checkedFiles.Add((AttachmentRules.SafeName(file.FileName), type!, file.Content));
        }
        if (checkedFiles.Count > AttachmentRules.MaxPerIncident)
            errors["attachments"] = [$"Voeg hoogstens {AttachmentRules.MaxPerIncident} bijlagen toe."];
        return checkedFiles;
    }

    private static Incident NewIncident(IncidentValidation.Valid valid, TenantInfo tenant, Actor actor, string number, DateTimeOffset now)
    {
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenant.Id,
            Number = number,
            Title = valid.Title,
            Description = valid.Description,
            Urgency = valid.Urgency,
            Impact = valid.Impact,
            Priority = PriorityMatrix.For(valid.Urgency, valid.Impact),
            AffectedFeature = valid.AffectedFeature,
            Status = IncidentStatus.New,
            Channel = valid.Channel,
            ReportedAt = valid.ReportedAt,
            RecordedAt = now,
            ReporterUserId = actor.IsStaff ? null : actor.Id,
            ReporterName = actor.IsStaff ? valid.ReporterName ?? "Melder via " + valid.Channel.Name() : actor.Name,
            ReporterEmail = actor.IsStaff ? valid.ReporterEmail : actor.Email,
        };
        var text = actor.IsStaff ? $"Geregistreerd door {actor.Name}, ontvangen via {valid.Channel.Name()}." : null;
        incident.Events.Add(Event(incident, actor, now, IncidentEventKind.Created, IncidentStatus.New, null, incident.Priority.ToString(), text));
        return incident;
    }

    /// <summary>Stores the new incident with its acknowledgement and desk alert in the tenant's scope (staff record for any
    /// tenant), then delivers the mails that are not for the digest. Answers the clocks the mails were written with.</summary>
    private async Task<IncidentClocks> SaveWithMailsAsync(Incident incident, TenantInfo tenant, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var policy = await policies.GetAsync(ct);
        var clocks = SlaClock.Compute(policy, ClockReadings.Facts(incident), now);
        var mails = new List<IncidentMail>();
        if (incident.ReporterEmail is not null) mails.Add(IncidentMails.Acknowledgement(incident, clocks, policy.Calendar, now, links));
        if (deskMail.Value.DeskAddress is { Length: > 0 } desk)
            mails.Add(IncidentMails.DeskAlert(incident, tenant.Name, clocks, desk, deskMail.Value.AlertsImmediately(incident.Priority), now, links));
        if (actor.IsStaff)
        {
            await using var scope = await scopes.BeginAsync(tenant.Id, ct);
            var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            tenantDb.Incidents.Add(incident);
            tenantDb.IncidentMails.AddRange(mails);
            await tenantDb.SaveChangesAsync(ct);
        }
        else
        {
            db.Incidents.Add(incident);
            db.IncidentMails.AddRange(mails);
            await db.SaveChangesAsync(ct);
        }
        foreach (var mail in mails.Where(m => m.Kind != IncidentMailKind.DeskDigest))
            await delivery.DeliverAsync(incident.TenantId, mail.Id, ct);
        return clocks;
    }

    /// <summary>The id of the incident an API caller names by id or by number (<c>MBP-2026-00042</c>), if the caller may read it.</summary>
    public async Task<Guid?> ResolveAsync(string key, Actor actor, CancellationToken ct)
    {
        if (Guid.TryParse(key, out var id)) return id;
        return IncidentNumbers.Normalize(key) is { } number
            ? await access.Readable(actor).Where(i => i.Number == number).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct)
            : null;
    }

    public async Task<IncidentResponse?> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var incident = await access.Readable(actor).AsNoTracking().AsSplitQuery().Include(i => i.Events)
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return null;
        var attachments = await (actor.IsStaff ? AcrossTenants.Attachments(db) : db.Attachments)
            .Where(a => a.IncidentId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy))
            .ToListAsync(ct);
        var mails = !actor.IsStaff ? [] : await AcrossTenants.IncidentMails(db).AsNoTracking()
            .Where(m => m.IncidentId == id).OrderBy(m => m.QueuedAt)
            .Select(m => new MailInfo(m.Id, m.Kind.ToString(), m.Subject, m.QueuedAt, m.DeliveredAt, m.Attempts, m.NextAttemptAt,
                m.DeliveredAt == null ? m.LastError : null))
            .ToListAsync(ct);
        var tenant = await tenants.FindByIdAsync(incident.TenantId, ct);
        var clocks = SlaClock.Compute(await policies.GetAsync(ct), ClockReadings.Facts(incident), clock.GetUtcNow());
        var history = incident.Events
            .Where(e => actor.IsStaff || e.VisibleToReporter)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new HistoryEntry(ClockReadings.InBrussels(e.At), e.Kind.ToString(), e.ActorName, e.From, e.To, e.Text))
            .ToList();
        return new IncidentResponse(
            incident.Id, incident.Number, tenant?.Identifier ?? "", tenant?.Name ?? "", incident.Title, incident.Description,
            incident.Urgency, incident.Impact, incident.Priority.ToString(), incident.PriorityOverrideReason,
            incident.AffectedFeature, incident.Status.ToString(), incident.Status.ToDutch(), incident.Channel.ToString(),
            ClockReadings.InBrussels(incident.ReportedAt), incident.ReporterName, incident.AssigneeId, incident.AssigneeName,
            clocks.Response.DueAt, clocks.Resolution.DueAt,
            ClockReadings.ToResponse(clocks.Response), ClockReadings.ToResponse(clocks.Resolution),
            actor.IsStaff ? IncidentWorkflow.NextFrom(incident.Status).Select(s => s.ToString()).Order().ToList() : [],
            history, attachments, incident.AnsweredAt is { } answered ? ClockReadings.InBrussels(answered) : null,
            mails.Select(m => m with
            {
                QueuedAt = ClockReadings.InBrussels(m.QueuedAt), DeliveredAt = m.DeliveredAt is { } d ? ClockReadings.InBrussels(d) : null,
                NextAttemptAt = m.NextAttemptAt is { } n ? ClockReadings.InBrussels(n) : null,
            }).ToList());
    }

    public async Task<(string FileName, string ContentType, byte[] Content)?> GetAttachmentAsync(
        Guid incidentId, Guid attachmentId, Actor actor, CancellationToken ct)
    {
        var query = actor.IsStaff ? AcrossTenants.Attachments(db) : db.Attachments;
        var a = await query.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.IncidentId == incidentId, ct);
        return a is null ? null : (a.FileName, a.ContentType, a.Content);
    }

    internal static IncidentEvent Event(Incident incident, Actor actor, DateTimeOffset at, IncidentEventKind kind,
        IncidentStatus? status, string? from, string? to, string? text) => new()
    {
        Id = Guid.CreateVersion7(at),
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        At = at,
        Kind = kind,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Status = status,
        From = from,
        To = to,
        Text = text,
    };
}
