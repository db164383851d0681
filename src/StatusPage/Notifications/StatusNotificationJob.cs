using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Mail;
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
    ILogger<StatusNotificationJob> logger, StatusAudience audience)
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
        var subscribers = await audience.RecipientsAsync(components, ct);
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
