using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Changes;
using Platform.Kernel.Net;
using Platform.Kernel.Tenancy;
using Tenants.Catalogue;
using Tenants.Persistence;

namespace Tenants.AppConfig;

/// <summary>A published configuration ready to send: bytes and validator computed once.</summary>
internal sealed record PublishedConfig(int Version, byte[] Json, string ETag);

/// <summary>
/// The published configuration of every tenant, in memory. A publish (or a change of a feature's availability) on
/// any node is announced through <see cref="IChangeSignal"/>: every node drops the entry and its next request reads
/// fresh. As a safety net for a missed notification, an entry older than <see cref="IChangeSignal.MaxStaleness"/> is
/// reloaded before it answers (one load per tenant at a time; concurrent requests wait for that one).
/// </summary>
internal sealed class AppConfigCache
{
    public const string Topic = "tenants.app-config";

    private sealed record Entry(PublishedConfig? Config, long LoadedAt);

    private readonly ConcurrentDictionary<Guid, Task<Entry>> _entries = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly IChangeSignal _changes;
    private readonly string _baseUrl;

    public AppConfigCache(IServiceScopeFactory scopes, TimeProvider clock, PublicLinks links, IChangeSignal changes)
    {
        (_scopes, _clock, _changes) = (scopes, clock, changes);
        _baseUrl = links.Base;
        changes.Subscribe(Topic, key =>
        {
            if (key is null) _entries.Clear();
            else if (Guid.TryParse(key, out var id)) _entries.TryRemove(id, out _);
        });
    }

    /// <summary>The published configuration, or null when the tenant has not published yet.</summary>
    public ValueTask<PublishedConfig?> GetAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        if (_entries.TryGetValue(tenant.Id, out var task) && task.IsCompletedSuccessfully)
        {
            var entry = task.Result;
            if (_clock.GetElapsedTime(entry.LoadedAt) <= _changes.MaxStaleness) return new ValueTask<PublishedConfig?>(entry.Config);
            _entries.TryRemove(new KeyValuePair<Guid, Task<Entry>>(tenant.Id, task));
        }
        return LoadAsync(tenant);
    }

    /// <summary>After a publish: every node (this one before it returns) drops the tenant's entry.</summary>
    public Task PublishedAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        _changes.PublishAsync(Topic, tenantId.ToString(), cancellationToken);

    /// <summary>After a change that touches every tenant (a feature suspended or withdrawn).</summary>
    public Task ChangedForAllAsync(CancellationToken cancellationToken = default) => _changes.PublishAsync(Topic, null, cancellationToken);

    private async ValueTask<PublishedConfig?> LoadAsync(TenantInfo tenant)
    {
        var task = _entries.GetOrAdd(tenant.Id, _ => ReadAsync(tenant));
        try
        {
            return (await task).Config;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<Guid, Task<Entry>>(tenant.Id, task));
            throw;
        }
    }

    private async Task<Entry> ReadAsync(TenantInfo tenant)
    {
        var loadedAt = _clock.GetTimestamp();
        await using var scope = _scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var version = await db.Versions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        if (version is null) return new Entry(null, loadedAt);
        var availability = await FeatureOffer.ReadAsync(db);
        var json = AppConfigJson.Build(new AppConfigJson.Tenant(tenant.Name, tenant.Identifier), version.Number, version.PublishedAt,
            ConfigDocument.FromJson(version.Document), availability, _baseUrl);
        return new Entry(new PublishedConfig(version.Number, json, AppConfigJson.ETag(json)), loadedAt);
    }
}
