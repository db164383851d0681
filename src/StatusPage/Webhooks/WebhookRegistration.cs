using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusPage.Auditing;
using StatusPage.Persistence;
using StatusPage.Subscriptions;

namespace StatusPage.Webhooks;

/// <summary>A registered webhook with its signing secret, which is shown this once.</summary>
internal sealed record NewWebhook(Webhook Webhook, string Secret);

/// <summary>Registers a webhook: HTTPS only (plain http to loopback only with <c>StatusPage:AllowInsecureWebhooks</c>,
/// for tests); the secret is returned once and kept encrypted.</summary>
internal sealed class WebhookRegistration(StatusPageDbContext db, IDataProtectionProvider protection, IOptions<StatusPageOptions> options, StatusAudit audit, TimeProvider clock,
    Platform.Kernel.Net.HostResolver resolver)
{
    public async Task<Outcome<NewWebhook>> RegisterAsync(string? url, string? product, Guid? componentId, string? description, Guid? userId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var allowInsecure = options.Value.AllowInsecureWebhooks;
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.AbsoluteUri.Length > 2000
            || !(uri.Scheme == Uri.UriSchemeHttps || allowInsecure && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            errors["url"] = ["Geef een volledige HTTPS-URL op, bijvoorbeeld https://voorbeeld.be/hooks/status."];
        else if (uri.UserInfo.Length > 0)
            errors["url"] = ["De URL mag geen gebruikersnaam of wachtwoord bevatten."];
        else if (!(allowInsecure && uri.IsLoopback) && await Platform.Kernel.Net.PublicInternet.HostErrorAsync(uri, "De URL", ct, resolver) is { } notPublic)
            errors["url"] = [notPublic];
        Guid? productId = null;
        if (!string.IsNullOrWhiteSpace(product))
        {
            productId = (await ProductLookup.FindAsync(db, product, ct))?.Id;
            if (productId is null) errors["product"] = ["Dit product bestaat niet."];
        }
        if (componentId is { } cid && !await db.Components.AnyAsync(c => c.Id == cid, ct)) errors["componentId"] = ["Dit onderdeel bestaat niet."];
        if (description is { Length: > 200 }) errors["description"] = ["De omschrijving is te lang (maximaal 200 tekens)."];
        if (errors.Count > 0) return Outcome<NewWebhook>.Invalid(errors);
        // The same address for the same messages twice would deliver every message twice (a page refreshed after
        // registering re-posts the form).
        if (await db.Webhooks.AnyAsync(w => w.Url == uri!.AbsoluteUri && w.ProductId == productId && w.ComponentId == componentId, ct))
            return Outcome<NewWebhook>.Conflicting("Deze URL is al geregistreerd voor dezelfde meldingen; het geheim staat bij de eerste registratie.", "url");
        var secret = WebhookSignature.NewSecret();
        var hook = new Webhook
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), Url = uri!.AbsoluteUri, ProtectedSecret = WebhookSecrets.Protect(protection, secret),
            ProductId = productId, ComponentId = componentId, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        db.Webhooks.Add(hook);
        audit.Record(userId, "webhook.added", hook.Id, new { hook.Url, hook.ProductId, hook.ComponentId });
        await db.SaveChangesAsync(ct);
        return Outcome<NewWebhook>.Success(new NewWebhook(hook, secret));
    }

    /// <summary>Turns a webhook that was switched off after repeated failures back on, with a clean failure count.</summary>
    public async Task<Outcome<Webhook>> EnableAsync(Guid id, Guid? userId, CancellationToken ct)
    {
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (hook is null) return Outcome<Webhook>.Missing();
        hook.DisabledAt = null;
        hook.ConsecutiveFailures = 0;
        audit.Record(userId, "webhook.enabled", id, new { });
        await db.SaveChangesAsync(ct);
        return Outcome<Webhook>.Success(hook);
    }
}
