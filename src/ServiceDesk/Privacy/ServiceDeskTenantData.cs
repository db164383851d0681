using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using ServiceDesk.Persistence;

namespace ServiceDesk.Privacy;

/// <summary>The service desk's part of a tenant's data (charter 12.2): incidents with their history, replies and mails,
/// attachments as the original files. Erasure deletes attachments, mails and reporter seats and anonymises incidents and
/// their history, keeping numbers, priorities and times (no personal data) for the platform's SLA figures.
/// Runs inside the tenant's scope, so every query is also held to the tenant by the context's filter.</summary>
internal sealed class ServiceDeskTenantData(ServiceDeskDbContext db) : ITenantDataHolder
{
    public const string Erased = "[verwijderd]";

    public string Area => "servicedesk";

    public async Task<IReadOnlyCollection<string>> PeopleEmailsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Incidents.Where(i => i.TenantId == tenantId && i.ReporterEmail != null).Select(i => i.ReporterEmail!).Distinct().ToListAsync(cancellationToken);

    public async Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        await archive.WriteTableAsync("incidents", db.Incidents.AsNoTracking().Where(i => i.TenantId == t).OrderBy(i => i.ReportedAt)
            .Select(i => new IncidentRow(i.Id, i.Number, i.Title, i.Description, i.Urgency, i.Impact, i.Priority.ToString(), i.PriorityOverrideReason,
                i.AffectedFeature, i.Status.ToString(), i.Channel.ToString(), i.ReportedAt, i.RecordedAt, i.ReporterName, i.ReporterEmail, i.AssigneeName, i.AnsweredAt))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("incident-events", db.IncidentEvents.AsNoTracking().Where(e => e.TenantId == t).OrderBy(e => e.At)
            .Select(e => new EventRow(e.Id, e.IncidentId, e.At, e.Kind.ToString(), e.ActorName, e.Status.ToString(), e.From, e.To, e.Text))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("incident-mails", db.IncidentMails.AsNoTracking().Where(m => m.TenantId == t).OrderBy(m => m.QueuedAt)
            .Select(m => new MailRow(m.Id, m.IncidentId, m.Kind.ToString(), m.To, m.Subject, m.Body, m.QueuedAt, m.DeliveredAt))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("service-report-mailings", db.ServiceReportMailings.AsNoTracking().Where(m => m.TenantId == t).OrderBy(m => m.Month)
            .Select(m => new ReportMailingRow(m.Month, m.Status.ToString(), m.RecipientName, m.RecipientEmail, m.Attempts, m.SentAt, m.SkipReason))
            .AsAsyncEnumerable(), cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.TenantId == t).OrderBy(a => a.UploadedAt)
            .Join(db.Incidents, a => a.IncidentId, i => i.Id, (a, i) => new AttachmentRow(a.Id, a.IncidentId, i.Number, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy, ""))
            .ToListAsync(cancellationToken);
        attachments = [.. attachments.Select(a => a with { Path = $"attachments/{Safe(a.IncidentNumber)}/{a.Id:N}-{Safe(a.FileName)}" })];
        await archive.WriteTableAsync("attachments", attachments.ToAsyncEnumerable(), cancellationToken);
        foreach (var a in attachments)
        {
            // One attachment in memory at a time: the largest is bounded by the upload limit, not by the tenant's total.
            var content = await db.Attachments.AsNoTracking().Where(x => x.Id == a.Id).Select(x => x.Content).SingleAsync(cancellationToken);
            await using var stream = new MemoryStream(content, writable: false);
            await archive.WriteFileAsync(a.Path, stream, cancellationToken);
        }
    }

    public async Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        // Set-based writes, each held to the tenant twice: by the context's tenant filter and by the explicit TenantId.
        var attachments = await db.Attachments.Where(a => a.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var mails = await db.IncidentMails.Where(m => m.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var seats = await db.ReporterSeats.Where(s => s.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var reportMails = await db.ServiceReportMailings.Where(m => m.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var events = await db.IncidentEvents.Where(e => e.TenantId == t).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.ActorName, Erased).SetProperty(e => e.ActorId, (Guid?)null)
            .SetProperty(e => e.Text, e => e.Text == null ? null : Erased)
            // From/To hold a status or priority for those kinds (kept), a name or a file name for the others (erased).
            .SetProperty(e => e.From, e => e.Kind == IncidentEventKind.StatusChanged || e.Kind == IncidentEventKind.PriorityChanged ? e.From : null)
            .SetProperty(e => e.To, e => e.Kind == IncidentEventKind.StatusChanged || e.Kind == IncidentEventKind.PriorityChanged ? e.To : null), cancellationToken);
        var incidents = await db.Incidents.Where(i => i.TenantId == t).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Title, Erased).SetProperty(i => i.Description, Erased)
            .SetProperty(i => i.PriorityOverrideReason, i => i.PriorityOverrideReason == null ? null : Erased)
            .SetProperty(i => i.ReporterName, Erased).SetProperty(i => i.ReporterEmail, (string?)null).SetProperty(i => i.ReporterUserId, (Guid?)null)
            .SetProperty(i => i.AssigneeName, i => i.AssigneeName == null ? null : Erased), cancellationToken);
        return TenantErasure.Of(
            new ErasedItems("Servicedeskincidenten (titel, beschrijving, melder) – geanonimiseerd", incidents),
            new ErasedItems("Antwoorden, notities en historiek van incidenten – geanonimiseerd", events),
            new ErasedItems("Bijlagen van incidenten (bestanden)", attachments),
            new ErasedItems("E-mails over incidenten", mails),
            new ErasedItems("Meldersplaatsen", seats),
            new ErasedItems("Verzendlog van het maandrapport dienstverlening", reportMails));
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));

    private sealed record IncidentRow(Guid Id, string Number, string Title, string Description, int Urgency, int Impact, string Priority,
        string? PriorityOverrideReason, string? AffectedFeature, string Status, string Channel, DateTimeOffset ReportedAt, DateTimeOffset RecordedAt,
        string ReporterName, string? ReporterEmail, string? AssigneeName, DateTimeOffset? AnsweredAt);

    private sealed record ReportMailingRow(string Month, string Status, string? RecipientName, string? RecipientEmail, int Attempts,
        DateTimeOffset? SentAt, string? SkipReason);

    private sealed record EventRow(Guid Id, Guid IncidentId, DateTimeOffset At, string Kind, string ActorName, string? Status, string? From, string? To, string? Text);

    private sealed record MailRow(Guid Id, Guid IncidentId, string Kind, string To, string Subject, string Body, DateTimeOffset QueuedAt, DateTimeOffset? DeliveredAt);

    private sealed record AttachmentRow(Guid Id, Guid IncidentId, string IncidentNumber, string FileName, string ContentType, long Size,
        DateTimeOffset UploadedAt, string UploadedBy, string Path);
}
