using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using Tenants.AppConfig;
using Tenants.Persistence;

namespace Tenants.Privacy;

/// <summary>The Tenants module's part of a tenant's data (charter 12.2): identity, contacts, invitations, onboarding
/// requests, configuration versions and drafts, logos and the audit log. Erasure deletes contacts, invitations and the
/// app configuration (so the app configuration and logos are no longer served), anonymises the onboarding request and
/// the audit texts, and keeps the tenant's own record (a local government, no natural person) that issued invoices name.
/// Invitations and onboarding requests are global entities: every query here names the tenant explicitly.</summary>
internal sealed class TenantsTenantData(TenantsDbContext db, AppConfigCache cache) : ITenantDataHolder
{
    public const string Erased = "[verwijderd]";

    public string Area => "tenants";

    public async Task<IReadOnlyCollection<string>> PeopleEmailsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.Where(c => c.TenantId == tenantId).Select(c => c.Email).ToListAsync(cancellationToken);
        var invited = await db.Invitations.Where(i => i.TenantId == tenantId).Select(i => i.Email).ToListAsync(cancellationToken);
        var requesters = await db.OnboardingRequests.Where(r => r.TenantId == tenantId).Select(r => r.RequesterEmail).ToListAsync(cancellationToken);
        return [.. contacts, .. invited, .. requesters];
    }

    public async Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        await archive.WriteTableAsync("tenant", db.Tenants.AsNoTracking().Where(x => x.Id == t)
            .Select(x => new TenantRow(x.Id, x.Slug, x.Name, x.Kbo, x.NisCode, x.Address.Street, x.Address.PostalCode, x.Address.City,
                x.AppStoreDate, x.PlayStoreDate, x.ContractSignedOn, x.TerminationNoticeSentOn, x.TerminationEffectiveOn, x.InvoiceReference, x.CreatedAt))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("contacts", db.Contacts.AsNoTracking().Where(c => c.TenantId == t)
            .Select(c => new ContactRow(c.Id, c.Role.ToString(), c.Name, c.Email, c.Phone, c.StatusSubscribed)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("invitations", db.Invitations.AsNoTracking().Where(i => i.TenantId == t)
            .Select(i => new InvitationRow(i.Id, i.Email, i.DisplayName, i.Role, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.InvitedBy)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("onboarding-requests", db.OnboardingRequests.AsNoTracking().Where(r => r.TenantId == t)
            .Select(r => new OnboardingRow(r.Id, r.Name, r.RequesterName, r.RequesterEmail, r.RequestedAt, r.Status.ToString(), r.DecidedAt, r.Payload)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("configuration-versions", db.Versions.AsNoTracking().Where(v => v.TenantId == t).OrderBy(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.PublishedAt, v.PublishedBy, v.Note, v.Document)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("configuration-draft", db.Drafts.AsNoTracking().Where(d => d.TenantId == t)
            .Select(d => new DraftRow(d.UpdatedAt, d.UpdatedBy, d.Document)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("audit-log", db.AuditEntries.AsNoTracking().Where(a => a.TenantId == t).OrderBy(a => a.At)
            .Select(a => new AuditRow(a.At, a.Actor, a.Action, a.Details)).AsAsyncEnumerable(), cancellationToken);
        var logos = await db.Logos.AsNoTracking().Where(l => l.TenantId == t).Select(l => new LogoRow(l.Id, l.Hash, l.ContentType, l.UploadedAt)).ToListAsync(cancellationToken);
        await archive.WriteTableAsync("logos", logos.ToAsyncEnumerable(), cancellationToken);
        foreach (var logo in logos)
        {
            var content = await db.Logos.AsNoTracking().Where(l => l.Id == logo.Id).Select(l => l.Content).SingleAsync(cancellationToken);
            await using var stream = new MemoryStream(content, writable: false);
            await archive.WriteFileAsync($"logos/{logo.Hash}{(logo.ContentType.Contains("svg", StringComparison.Ordinal) ? ".svg" : ".png")}", stream, cancellationToken);
        }
    }

    public async Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        // Set-based writes, each naming the tenant explicitly (and held by the tenant filter where the entity has one).
        var contacts = await db.Contacts.Where(c => c.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var invitations = await db.Invitations.Where(i => i.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var requests = await db.OnboardingRequests.Where(r => r.TenantId == t).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RequesterName, Erased).SetProperty(r => r.RequesterEmail, Erased).SetProperty(r => r.Payload, "{}")
            .SetProperty(r => r.DecidedBy, r => r.DecidedBy == null ? null : Erased), cancellationToken);
        var audit = await db.AuditEntries.Where(a => a.TenantId == t).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Actor, Erased).SetProperty(a => a.ActorId, (Guid?)null).SetProperty(a => a.Details, Erased), cancellationToken);
        var versions = await db.Versions.Where(v => v.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var drafts = await db.Drafts.Where(d => d.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        var logos = await db.Logos.Where(l => l.TenantId == t).ExecuteDeleteAsync(cancellationToken);
        // Every node drops its cached copy: the app configuration is no longer served.
        await cache.PublishedAsync(t, cancellationToken);
        return new TenantErasure(
            [
                new ErasedItems("Contactpersonen (naam, e-mailadres, telefoon)", contacts),
                new ErasedItems("Uitnodigingen", invitations),
                new ErasedItems("Aanvragen tot aansluiting (aanvrager en inhoud) – geanonimiseerd", requests),
                new ErasedItems("Auditlog (wie en details) – geanonimiseerd", audit),
                new ErasedItems("Versies en ontwerp van de appconfiguratie (niet langer aangeboden)", versions + drafts),
                new ErasedItems("Logo's", logos),
            ],
            [new KeptItems("Gegevens van het lokaal bestuur (naam, KBO-nummer, adres)", 1,
                "Geen persoonsgegevens; vermeld op de uitgereikte facturen die wettelijk bewaard blijven.")]);
    }

    private sealed record TenantRow(Guid Id, string Slug, string Name, string Kbo, string? NisCode, string Street, string PostalCode, string City,
        DateOnly? AppStoreDate, DateOnly? PlayStoreDate, DateOnly? ContractSignedOn, DateOnly? TerminationNoticeSentOn, DateOnly? TerminationEffectiveOn,
        string? InvoiceReference, DateTimeOffset CreatedAt);

    private sealed record ContactRow(Guid Id, string Role, string Name, string Email, string? Phone, bool StatusSubscribed);

    private sealed record InvitationRow(Guid Id, string Email, string DisplayName, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
        DateTimeOffset? AcceptedAt, string InvitedBy);

    private sealed record OnboardingRow(Guid Id, string Name, string RequesterName, string RequesterEmail, DateTimeOffset RequestedAt, string Status,
        DateTimeOffset? DecidedAt, string Payload);

    private sealed record VersionRow(int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Note, string Document);

    private sealed record DraftRow(DateTimeOffset UpdatedAt, string UpdatedBy, string Document);

    private sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string Details);

    private sealed record LogoRow(Guid Id, string Hash, string ContentType, DateTimeOffset UploadedAt);
}
