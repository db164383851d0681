using Microsoft.EntityFrameworkCore;
using StatusPage.Persistence;
using StatusPage.Subscriptions;

namespace StatusPage.Notifications;

/// <summary>Who an event on some components reaches by mail: the one rule used when mailing (<see cref="StatusNotificationJob"/>)
/// and when asking an agent to confirm ("gaat naar 12 abonnees").</summary>
internal sealed class StatusAudience(StatusPageDbContext db, Platform.Kernel.Tenancy.ITenantStore tenants,
    Platform.Kernel.Tenancy.IPublishedAppFeatures appFeatures)
{
    /// <summary>Active subscribers whose scope covers the components, one per e-mail address.</summary>
    public async Task<List<Subscriber>> RecipientsAsync(IReadOnlyCollection<Guid> components, CancellationToken ct)
    {
        var products = await db.Components.AsNoTracking().Where(c => components.Contains(c.Id)).Select(c => c.ProductId).Distinct().ToListAsync(ct);
        bool Covers(Guid? productId, Guid? componentId) =>
            componentId is { } c ? components.Contains(c) : productId is not { } p || products.Contains(p);

        // One mail per address, however many of its subscriptions (product, component) cover the event.
        var subscribers = (await db.Subscribers.AsNoTracking()
            .Where(s => s.ConfirmedAt != null && s.UnsubscribedAt == null).ToListAsync(ct))
            .Where(s => Covers(s.ProductId, s.ComponentId))
            .GroupBy(s => s.Email).Select(g => g.OrderBy(s => s.CreatedAt).First()).ToList();
        return await TouchingTheirAppAsync(subscribers, components, ct);
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
}
