using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Mail;
using Platform.Kernel.Outages;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Subscriptions;

/// <summary>E-mail subscriptions with double opt-in and one-click unsubscribe.</summary>
internal sealed class SubscriptionService(StatusPageDbContext db, IMailSender mail, TimeProvider clock, StatusLinks links,
    Platform.Kernel.Abuse.KeyedLimits limits)
    : IStatusSubscriptions
{
    /// <param name="monthlyReport">Also the monthly availability report. Asking for it on a confirmed subscription without it
    /// makes a new subscription that needs its own confirmation, so nobody can sign someone else up for the report.</param>
    public async Task<Outcome<Subscriber>> SubscribeAsync(string? email, string? product, Guid? componentId, string source, CancellationToken ct, bool monthlyReport = false)
    {
        var errors = new Dictionary<string, string[]>();
        var address = NormalizeEmail(email);
        if (address is null) errors["email"] = ["Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be."];
        var (scope, productId, error) = await ScopeAsync(product, componentId, ct);
        if (error is not null) errors["product"] = [error];
        if (errors.Count > 0) return Outcome<Subscriber>.Invalid(errors);
        // A few confirmation mails per address per hour, whoever asks for them and whatever the address's state
        // (429 otherwise, nothing stored), so the answer reveals nothing either.
        limits.Acquire(Platform.Kernel.Abuse.KeyedLimits.MailPerAddress, address!);

        // Subscribing twice to the same scope reuses the subscription: an unconfirmed one gets its link again, a
        // confirmed one nothing (the answer is the same either way, so it does not reveal who is subscribed).
        var existing = await db.Subscribers.FirstOrDefaultAsync(s => s.Email == address && s.ProductId == productId
            && s.ComponentId == componentId && s.UnsubscribedAt == null && (s.MonthlyReport || !monthlyReport), ct);
        if (existing?.ConfirmedAt is not null) return Outcome<Subscriber>.Success(existing);
        var subscriber = existing ?? NewSubscriber(address!, productId, componentId, source);
        subscriber.MonthlyReport |= monthlyReport;
        if (existing is null)
        {
            db.Subscribers.Add(subscriber);
            await db.SaveChangesAsync(ct);
        }
        await mail.SendAsync(StatusMails.Confirmation(subscriber, scope, links), ct);
        return Outcome<Subscriber>.Success(subscriber);
    }

    public async Task<bool> SubscribeConfirmedAsync(string email, string? product, CancellationToken cancellationToken = default, Guid? forTenantId = null)
    {
        var address = NormalizeEmail(email);
        var (_, productId, error) = await ScopeAsync(product, null, cancellationToken);
        if (address is null || error is not null) return false;
        var existing = await db.Subscribers.AnyAsync(s => s.Email == address && s.ProductId == productId && s.ComponentId == null
            && s.ForTenantId == forTenantId && s.ConfirmedAt != null && s.UnsubscribedAt == null, cancellationToken);
        if (existing) return true;
        var subscriber = NewSubscriber(address, productId, null, "onboarding");
        subscriber.ConfirmedAt = clock.GetUtcNow();
        subscriber.ForTenantId = forTenantId;
        db.Subscribers.Add(subscriber);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<int> UnsubscribeForTenantAsync(string email, Guid forTenantId, string? product = null, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        Guid? productId = null;
        if (!string.IsNullOrWhiteSpace(product))
        {
            if (await ProductLookup.FindAsync(db, product, cancellationToken) is not { } found) return 0;
            productId = found.Id;
        }
        var ended = await db.Subscribers.Where(s => s.Email == address && s.ForTenantId == forTenantId && s.UnsubscribedAt == null
            && (productId == null || s.ProductId == productId)).ToListAsync(cancellationToken);
        foreach (var s in ended) s.UnsubscribedAt = clock.GetUtcNow();
        if (ended.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return ended.Count;
    }

    public async Task<Subscriber?> FindAsync(string? token, CancellationToken ct) =>
        string.IsNullOrEmpty(token) || token.Length != 64 ? null : await db.Subscribers.FirstOrDefaultAsync(s => s.Token == token, ct);

    public async Task<bool> ConfirmAsync(string? token, CancellationToken ct)
    {
        var s = await FindAsync(token, ct);
        if (s is null || s.UnsubscribedAt is not null) return false;
        s.ConfirmedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        var s = await FindAsync(token, ct);
        if (s is null) return false;
        s.UnsubscribedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<(string Scope, Guid? ProductId, string? Error)> ScopeAsync(string? product, Guid? componentId, CancellationToken ct)
    {
        if (componentId is { } cid)
        {
            var component = await db.Components.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct);
            return component is null ? ("", null, "Dit onderdeel bestaat niet.") : ($"het onderdeel {component.Name}", null, null);
        }
        if (string.IsNullOrWhiteSpace(product)) return ("alle producten van het platform", null, null);
        var found = await ProductLookup.FindAsync(db, product, ct);
        return found is null ? ("", null, "Dit product bestaat niet.") : (found.Name, found.Id, null);
    }

    private Subscriber NewSubscriber(string email, Guid? productId, Guid? componentId, string source) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()), Email = email, ProductId = productId, ComponentId = componentId,
        Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), CreatedAt = clock.GetUtcNow(), Source = source,
    };

    private static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || !MailAddress.TryCreate(trimmed, out var parsed)
            || parsed.Address != trimmed || !parsed.Host.Contains('.'))
            return null;
        return trimmed.ToLowerInvariant();
    }
}

internal static class ProductLookup
{
    /// <summary>By slug or by name, ignoring case: <c>?product=Mijn Burgerprofiel</c> and <c>?product=mijn-burgerprofiel</c>.</summary>
    public static async Task<Product?> FindAsync(StatusPageDbContext db, string product, CancellationToken ct)
    {
        var key = product.Trim().ToLowerInvariant();
        return (await db.Products.AsNoTracking().ToListAsync(ct))
            .FirstOrDefault(p => p.Slug == key || p.Name.Equals(product.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
