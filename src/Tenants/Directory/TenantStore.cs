using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Changes;
using Platform.Kernel.Tenancy;
using Tenants.Persistence;

namespace Tenants.Directory;

/// <summary>Resolves slugs and ids to tenants. Hit on every tenant-scoped request, so cached; a change (rename, new
/// slug) on any node is announced through <see cref="IChangeSignal"/> and every node drops the tenant's entries at once.
/// As a safety net for a missed notification, an entry older than <see cref="IChangeSignal.MaxStaleness"/> is read again.</summary>
internal sealed class TenantStore : ITenantStore
{
    public const string Topic = "tenants";

    private sealed record Entry(TenantInfo Tenant, long LoadedAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly IChangeSignal _changes;

    public TenantStore(IServiceScopeFactory scopes, TimeProvider clock, IChangeSignal changes)
    {
        (_scopes, _clock, _changes) = (scopes, clock, changes);
        changes.Subscribe(Topic, key =>
        {
            if (key is null || !Guid.TryParse(key, out var id)) _entries.Clear();
            else Forget(id);
        });
    }

    public async ValueTask<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var slug = identifier.Trim().ToLowerInvariant();
        if (Cached(SlugKey(slug)) is { } cached) return cached;
        var loadedAt = _clock.GetTimestamp();
        var tenant = await LoadAsync(t => t.Slug == slug, cancellationToken) ?? await LoadPreviousAsync(slug, cancellationToken);
        return Remember(tenant, SlugKey(slug), loadedAt);
    }

    public async ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (Cached(IdKey(id)) is { } cached) return cached;
        var loadedAt = _clock.GetTimestamp();
        var tenant = await LoadAsync(t => t.Id == id, cancellationToken);
        return Remember(tenant, IdKey(id), loadedAt);
    }

    /// <summary>After a change of the tenant's name or slug: this node forgets it at once, every other node a moment later.</summary>
    public void Invalidate(Guid id)
    {
        Forget(id);
        _ = _changes.PublishAsync(Topic, id.ToString(), CancellationToken.None);
    }

    private TenantInfo? Cached(string key)
    {
        if (!_entries.TryGetValue(key, out var entry)) return null;
        if (_clock.GetElapsedTime(entry.LoadedAt) <= _changes.MaxStaleness) return entry.Tenant;
        _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        return null;
    }

    private void Forget(Guid id)
    {
        foreach (var (key, entry) in _entries)
            if (entry.Tenant.Id == id) _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
    }

    private TenantInfo? Remember(TenantInfo? tenant, string key, long loadedAt)
    {
        // Unknown slugs are not cached, so a tenant onboarded on another node is found at once.
        if (tenant is null) return null;
        if (_entries.Count > 50_000) _entries.Clear();
        var entry = new Entry(tenant, loadedAt);
        _entries[key] = entry;
        _entries[IdKey(tenant.Id)] = entry;
        return tenant;
    }

    private async Task<TenantInfo?> LoadAsync(System.Linq.Expressions.Expression<Func<Tenant, bool>> predicate, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        return await db.Tenants.AsNoTracking().Where(predicate)
            .Select(t => new TenantInfo(t.Id, t.Slug, t.Name)).FirstOrDefaultAsync(ct);
    }

    /// <summary>A slug the tenant had before still resolves to it (with its current slug as identifier).</summary>
    private async Task<TenantInfo?> LoadPreviousAsync(string slug, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var id = await db.PreviousSlugs.AsNoTracking().Where(p => p.Slug == slug).Select(p => (Guid?)p.TenantId).FirstOrDefaultAsync(ct);
        return id is { } tenantId ? await LoadAsync(t => t.Id == tenantId, ct) : null;
    }

    private static string SlugKey(string slug) => "slug:" + slug;
    private static string IdKey(Guid id) => "id:" + id.ToString("N");
}
