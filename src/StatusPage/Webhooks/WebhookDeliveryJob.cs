using System.Diagnostics;
using System.Text;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace StatusPage.Webhooks;

/// <summary>
/// Delivers one event to one webhook. A failure is logged and thrown, so Hangfire retries with growing delays;
/// after <see cref="DisableAfter"/> failed attempts in a row the webhook is disabled. A delivery that already
/// succeeded is never repeated.
/// </summary>
internal sealed class WebhookDeliveryJob(
    StatusPageDbContext db, IHttpClientFactory http, IDataProtectionProvider protection, TimeProvider clock, StatusLinks links)
{
    public const int DisableAfter = 10;
    public const string HttpClientName = "statuspage-webhooks";

    [AutomaticRetry(Attempts = 8, DelaysInSeconds = [30, 120, 600, 1800, 3600, 7200, 14400, 28800])]
    public async Task DeliverAsync(Guid webhookId, Guid eventId, CancellationToken ct)
    {
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == webhookId, ct);
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (hook is null || e is null || hook.DisabledAt is not null) return;
        if (await db.WebhookDeliveries.AnyAsync(d => d.WebhookId == webhookId && d.EventId == eventId && d.Succeeded, ct)) return;

        var ids = e.Components;
        var components = await db.Components.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var body = WebhookPayload.For(e, components.Select(c => (c.Id, c.Name)), links.StatusPage);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var secret = WebhookSecrets.Unprotect(protection, hook.ProtectedSecret);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.EventHeader, WebhookPayload.TypeOf(e.Kind));

        var attempt = await db.WebhookDeliveries.CountAsync(d => d.WebhookId == webhookId && d.EventId == eventId, ct) + 1;
        var delivery = new WebhookDelivery { Id = Guid.CreateVersion7(clock.GetUtcNow()), WebhookId = webhookId, EventId = eventId, Attempt = attempt, At = clock.GetUtcNow() };
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
            delivery.StatusCode = (int)response.StatusCode;
            delivery.Succeeded = response.IsSuccessStatusCode;
            if (!delivery.Succeeded) delivery.Error = $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            delivery.Error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
        }
        delivery.DurationMs = watch.ElapsedMilliseconds;
        db.WebhookDeliveries.Add(delivery);
        hook.ConsecutiveFailures = delivery.Succeeded ? 0 : hook.ConsecutiveFailures + 1;
        if (hook.ConsecutiveFailures >= DisableAfter) hook.DisabledAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        if (!delivery.Succeeded && hook.DisabledAt is null)
            throw new WebhookDeliveryException($"Webhook {webhookId} delivery {attempt} of event {eventId} failed: {delivery.Error}");
    }
}

internal sealed class WebhookDeliveryException(string message) : Exception(message);
