using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using StatusPage.Persistence;

namespace StatusPage.Privacy;

/// <summary>The status page's part of a tenant's data (charter 12.2): the status subscriptions of the tenant's people.
/// Subscribers are global (anyone may subscribe by address), so they are found by the addresses the other modules know
/// for the tenant's people; erasure deletes those subscriptions and their sent-log.</summary>
internal sealed class StatusPageTenantData(StatusPageDbContext db) : ITenantDataHolder
{
    public string Area => "statuspage";

    public async Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken)
    {
        var emails = scope.PeopleEmails.ToList();
        await archive.WriteTableAsync("status-subscriptions", db.Subscribers.AsNoTracking().Where(s => emails.Contains(s.Email.ToLower()))
            .Select(s => new SubscriptionRow(s.Email, s.ProductId, s.ComponentId, s.Source, s.CreatedAt, s.ConfirmedAt, s.UnsubscribedAt))
            .AsAsyncEnumerable(), cancellationToken);
    }

    public async Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken)
    {
        var emails = scope.PeopleEmails.ToList();
        var ids = db.Subscribers.Where(s => emails.Contains(s.Email.ToLower())).Select(s => s.Id);
        var sent = await db.Notifications.Where(n => ids.Contains(n.RecipientId)).ExecuteDeleteAsync(cancellationToken);
        var subscriptions = await db.Subscribers.Where(s => emails.Contains(s.Email.ToLower())).ExecuteDeleteAsync(cancellationToken);
        return TenantErasure.Of(
            new ErasedItems("Abonnementen op de statuspagina van je medewerkers", subscriptions),
            new ErasedItems("Verzonden statusberichten aan die abonnees (logboek)", sent));
    }

    private sealed record SubscriptionRow(string Email, Guid? ProductId, Guid? ComponentId, string Source, DateTimeOffset CreatedAt,
        DateTimeOffset? ConfirmedAt, DateTimeOffset? UnsubscribedAt);
}
