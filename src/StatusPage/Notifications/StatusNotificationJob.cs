using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Mail;
using StatusPage.Model;
using StatusPage.Persistence;
using StatusPage.Webhooks;

namespace StatusPage.Notifications;

/// <summary>
/// Tells every active subscriber and webhook whose scope covers an event, each once: a recipient is first claimed
/// in the notification log (unique per recipient and event), then told. A failed mail releases its claim so the
/// retry sends it; a claim already present means it was sent, by this run or another.
/// </summary>
internal sealed class StatusNotificationJob(
    StatusPageDbContext db, IMailSender mail, IBackgroundJobClient jobs, TimeProvider clock, StatusLinks links,
    ILogger<StatusNotificationJob> logger, Platform.Kernel.Tenancy.ITenantStore tenants, Platform.Kernel.Tenancy.IPublishedAppFeatures appFeatures)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task DispatchAsync(Guid eventId, CancellationToken ct)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null) return;
        var components = e.Components;
        var products = await db.Components.AsNoTracking().Where(c => components.Contains(c.Id)).Select(c => c.ProductId).Distinct().ToListAsync(ct);
        bool Covers(Guid? productId, Guid? componentId) =>
            componentId is { } c ? components.Contains(c) : productId is not { } p || products.Contains(p);

        // One mail per address, however many of its subscriptions (product, component) cover the event.
        var subscribers = (await db.Subscribers.AsNoTracking()
            .Where(s => s.ConfirmedAt != null && s.UnsubscribedAt == null).ToListAsync(ct))
            .Where(s => Covers(s.ProductId, s.ComponentId))
            .GroupBy(s => s.Email).Select(g => g.OrderBy(s => s.CreatedAt).First()).ToList();
        subscribers = await TouchingTheirAppAsync(subscribers, components, ct);
        var failures = 0;
        foreach (var s in subscribers)
        {
            var recipient = RecipientOf(s.Email);
            if (!await ClaimAsync(recipient, e.Id, "mail", ct)) continue;
            try
            {
                await mail.SendAsync(StatusMails.Notification(e, s, links), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.LogWarning(ex, "Status notification {EventId} to subscriber {SubscriberId} failed", e.Id, s.Id);
                await db.Notifications.Where(n => n.RecipientId == recipient && n.EventId == e.Id).ExecuteDeleteAsync(ct);
            }
        }

        var hooks = (await db.Webhooks.AsNoTracking().Where(w => w.DisabledAt == null).ToListAsync(ct))
            .Where(w => Covers(w.ProductId, w.ComponentId)).ToList();
        foreach (var w in hooks)
            if (await ClaimAsync(w.Id, e.Id, "webhook", ct))
                jobs.Enqueue<WebhookDeliveryJob>(job => job.DeliverAsync(w.Id, e.Id, CancellationToken.None));

        if (failures > 0) throw new InvalidOperationException($"{failures} status notification mail(s) failed; retrying.");
        e.DispatchedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Safety net (recurring): dispatches events whose queued dispatch was lost.</summary>
    public async Task DispatchPendingAsync(CancellationToken ct)
    {
        var pending = await db.Events.AsNoTracking().Where(e => e.DispatchedAt == null).OrderBy(e => e.At).Select(e => e.Id).Take(100).ToListAsync(ct);
        foreach (var id in pending) await DispatchAsync(id, ct);
    }

    /// <summary>Tenant contacts subscribed at onboarding are told only of events on components behind a feature their
    /// tenant's published app uses; everyone else as their scope says. A component mapped to no feature is platform-wide
    /// (sign-in, the platform itself): every tenant contact hears of it, also before its app is published.</summary>
    private async Task<List<Subscriber>> TouchingTheirAppAsync(List<Subscriber> subscribers, IReadOnlyCollection<Guid> components, CancellationToken ct)
    {
        if (subscribers.All(s => s.ForTenantId is null)) return subscribers;
        var mappings = await db.Components.AsNoTracking().Where(c => components.Contains(c.Id)).Select(c => c.FeatureKeys).ToListAsync(ct);
        if (mappings.Count == 0 || mappings.Any(string.IsNullOrWhiteSpace)) return subscribers;
        var features = mappings.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var touched = new Dictionary<Guid, bool>();
        var kept = new List<Subscriber>();
        foreach (var s in subscribers)
        {
            if (s.ForTenantId is not { } tenantId) { kept.Add(s); continue; }
            if (!touched.TryGetValue(tenantId, out var touches))
            {
                var tenant = await tenants.FindByIdAsync(tenantId, ct);
                var published = tenant is null ? null : await appFeatures.FeatureKeysAsync(tenant, ct);
                touched[tenantId] = touches = published?.Any(features.Contains) == true;
            }
            if (touches) kept.Add(s);
        }
        return kept;
    }

    /// <summary>A stable id per e-mail address (its SHA-256, cut to a Guid), the key of "each once" for mail.</summary>
    public static Guid RecipientOf(string email) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("mail:" + email.ToLowerInvariant()))[..16]);

    private async Task<bool> ClaimAsync(Guid recipientId, Guid eventId, string channel, CancellationToken ct)
    {
        var log = new NotificationLog { Id = Guid.CreateVersion7(clock.GetUtcNow()), RecipientId = recipientId, EventId = eventId, Channel = channel, At = clock.GetUtcNow() };
        db.Notifications.Add(log);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(log).State = EntityState.Detached;
            logger.LogInformation("Status event {EventId} on {Channel} was claimed by another node first; not sent again", eventId, channel);
            return false;
        }
    }
}
