using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;

namespace DataProtection.Erasure;

/// <summary>This module's own part of a tenant's data: change notices it received (with their recipients), its objections,
/// the breaches that affected it, and its export archives. Erasure strips recipients and texts and deletes every export
/// archive file (existing copies, charter 12.2); the erasure record itself holds counts only.</summary>
internal sealed class DataProtectionTenantData(DataProtectionDbContext db, TenantExportJob files) : ITenantDataHolder
{
    public const string Erased = "[verwijderd]";

    public string Area => "dataprotection";

    /// <summary>Last: the archives of a "return then delete" stay until everything else is erased.</summary>
    public int Order => 100;

    public async Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        await archive.WriteTableAsync("change-notices", db.Notices.AsNoTracking().Where(n => n.TenantId == t).OrderBy(n => n.SentAt)
            .Select(n => new NoticeRow(n.ChangeId, n.SentAt, n.Recipients, n.Subject, n.Body)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("objections", db.Objections.AsNoTracking().Where(o => o.TenantId == t)
            .Select(o => new ObjectionRow(o.ChangeId, o.FiledAt, o.Reason, o.Settlement.ToString(), o.SettlementNote, o.SettledAt)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("breaches", db.BreachImpacts.AsNoTracking().Where(i => i.TenantId == t)
            .Join(db.Breaches, i => i.BreachId, b => b.Id, (i, b) => new BreachRow(b.Title, b.DetectedAt, b.Nature, i.Categories, i.ApproximateCount, i.NotifiedAt))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("processing-assignments", db.AssignmentComponents.AsNoTracking().Where(c => c.TenantId == t)
            .Join(db.Assignments, c => c.AssignmentId, a => a.Id, (c, a) => new AssignmentRow(a.Version, a.Status.ToString(), a.SubmittedAt,
                a.ReviewedAt, a.ReturnReason, c.Component.ToString(), c.Categories, c.DataSubjects, c.Subject, c.Purpose))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("subject-requests", db.SubjectRequests.AsNoTracking().Where(r => r.TenantId == t).OrderBy(r => r.ReceivedAt)
            .Select(r => new SubjectRequestRow(r.Reference, r.ReceivedAt, r.Channel.ToString(), r.Kind.ToString(), r.Description, r.Status.ToString(),
                r.ForwardedAt, r.Recipients, r.AnsweredAt, r.ClosedAt, r.Note)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("staff-reads", db.AccessLog.AsNoTracking().Where(e => e.TenantId == t).OrderBy(e => e.At)
            .Select(e => new StaffReadRow(e.At, e.UserId, e.Role, e.Kind, e.RecordId, e.Resource)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("export-downloads", db.Downloads.AsNoTracking().Where(d => d.TenantId == t)
            .Select(d => new DownloadRow(d.ExportId, d.At, d.UserId, d.Role)).AsAsyncEnumerable(), cancellationToken);
    }

    public async Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        var notices = await db.Notices.Where(n => n.TenantId == t)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Recipients, Erased).SetProperty(n => n.Body, Erased), cancellationToken);
        var objections = await db.Objections.Where(o => o.TenantId == t)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Reason, Erased).SetProperty(o => o.SettlementNote, o => o.SettlementNote == null ? null : Erased), cancellationToken);
        await db.BreachImpacts.Where(i => i.TenantId == t).ExecuteUpdateAsync(s => s.SetProperty(i => i.Recipients, (string?)null), cancellationToken);
        // Data-subject requests: the description, the mail sent as proof and the tenant's note may name the person.
        var requests = await db.SubjectRequests.Where(r => r.TenantId == t)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Description, Erased).SetProperty(r => r.Recipients, Erased)
                .SetProperty(r => r.MailBody, Erased).SetProperty(r => r.Note, r => r.Note == null ? null : Erased), cancellationToken);
        var archives = 0;
        foreach (var export in await db.Exports.Where(e => e.TenantId == t && e.FileName != null && e.Status != ExportStatus.Expired).ToListAsync(cancellationToken))
        {
            File.Delete(files.PathOf(export));
            export.Status = ExportStatus.Expired;
            archives++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TenantErasure.Of(
            new ErasedItems("Kennisgevingen over wijzigingen (ontvangers en tekst)", notices),
            new ErasedItems("Bezwaren (motivering)", objections),
            new ErasedItems("Verzoeken van betrokkenen (omschrijving, doorgestuurde e-mail, notitie)", requests),
            new ErasedItems("Exportarchieven (kopieën)", archives));
    }

    private sealed record NoticeRow(Guid ChangeId, DateTimeOffset SentAt, string Recipients, string Subject, string Body);

    private sealed record ObjectionRow(Guid ChangeId, DateTimeOffset FiledAt, string Reason, string? Settlement, string? SettlementNote, DateTimeOffset? SettledAt);

    private sealed record BreachRow(string Title, DateTimeOffset DetectedAt, string Nature, string Categories, int ApproximateCount, DateTimeOffset? NotifiedAt);

    private sealed record AssignmentRow(int Version, string Status, DateTimeOffset SubmittedAt, DateTimeOffset? ReviewedAt, string? ReturnReason,
        string Component, string Categories, string DataSubjects, string Subject, string Purpose);

    private sealed record SubjectRequestRow(string Reference, DateTimeOffset ReceivedAt, string Channel, string Kind, string Description, string Status,
        DateTimeOffset ForwardedAt, string Recipients, DateTimeOffset? AnsweredAt, DateTimeOffset? ClosedAt, string? Note);

    private sealed record StaffReadRow(DateTimeOffset At, Guid UserId, string Role, string Kind, string? RecordId, string Resource);

    private sealed record DownloadRow(Guid ExportId, DateTimeOffset At, Guid? UserId, string Role);
}
