using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;
using Tenants.Persistence;

namespace Tenants.Directory;

/// <summary>Resolves slugs and ids to tenants. Hit on every tenant-scoped request, so cached briefly;
/// invalidated when a tenant changes on this node (other nodes see the change within the expiry).</summary>
internal sealed class TenantStore(IServiceScopeFactory scopes, IMemoryCache cache) : ITenantStore
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    public async ValueTask<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var slug = identifier.Trim().ToLowerInvariant();
        if (cache.TryGetValue(SlugKey(slug), out TenantInfo? cached)) return cached;
        var tenant = await LoadAsync(t => t.Slug == slug, cancellationToken) ?? await LoadPreviousAsync(slug, cancellationToken);
        return Remember(tenant, SlugKey(slug));
    }

    public async ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(IdKey(id), out TenantInfo? cached)) return cached;
        var tenant = await LoadAsync(t => t.Id == id, cancellationToken);
        return Remember(tenant, IdKey(id));
    }

    public void Invalidate(Guid id)
    {
        if (cache.TryGetValue(IdKey(id), out TenantInfo? cached) && cached is not null)
            cache.Remove(SlugKey(cached.Identifier));
        cache.Remove(IdKey(id));
    }

    private TenantInfo? Remember(TenantInfo? tenant, string key)
    {
        // Unknown slugs are not cached, so a tenant onboarded on another node is found at once.
        if (tenant is null) return null;
        cache.Set(key, tenant, Expiry);
        cache.Set(IdKey(tenant.Id), tenant, Expiry);
        return tenant;
    }

    private async Task<TenantInfo?> LoadAsync(System.Linq.Expressions.Expression<Func<Tenant, bool>> predicate, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        return await db.Tenants.AsNoTracking().Where(predicate)
            .Select(t => new TenantInfo(t.Id, t.Slug, t.Name)).FirstOrDefaultAsync(ct);
    }

    /// <summary>A slug the tenant had before still resolves to it (with its current slug as identifier).</summary>
    private async Task<TenantInfo?> LoadPreviousAsync(string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var id = await db.PreviousSlugs.AsNoTracking().Where(p => p.Slug == slug).Select(p => (Guid?)p.TenantId).FirstOrDefaultAsync(ct);
        return id is { } tenantId ? await LoadAsync(t => t.Id == tenantId, ct) : null;
    }

    private static string SlugKey(string slug) => "tenant:slug:" + slug;
    private static string IdKey(Guid id) => "tenant:id:" + id.ToString("N");
}
