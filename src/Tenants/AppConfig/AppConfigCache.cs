using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Tenancy;
using Tenants.Catalogue;
using Tenants.Persistence;

namespace Tenants.AppConfig;

/// <summary>A published configuration ready to send: bytes and validator computed once.</summary>
internal sealed record PublishedConfig(int Version, byte[] Json, string ETag);

/// <summary>
/// The published configuration of every tenant, in memory. A publish on this node invalidates at once; other nodes
/// (several on PostgreSQL) reload an entry older than <c>Tenants:AppConfig:RefreshSeconds</c> (default 5) in the
/// background while still serving the entry they have, so no request waits on the database except the very first.
/// </summary>
internal sealed class AppConfigCache(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<AppConfigCache> logger)
{
    private sealed record Entry(PublishedConfig? Config, long LoadedAt);

    private readonly ConcurrentDictionary<Guid, Task<Entry>> _entries = new();
    private readonly ConcurrentDictionary<Guid, byte> _refreshing = new();
    private readonly TimeSpan _refreshAfter = TimeSpan.FromSeconds(configuration.GetValue("Tenants:AppConfig:RefreshSeconds", 5.0));
    private readonly string _baseUrl = configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5080";

    /// <summary>The published configuration, or null when the tenant has not published yet.</summary>
    public ValueTask<PublishedConfig?> GetAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        if (_entries.TryGetValue(tenant.Id, out var task) && task.IsCompletedSuccessfully)
        {
            var entry = task.Result;
            if (clock.GetElapsedTime(entry.LoadedAt) > _refreshAfter) RefreshInBackground(tenant);
            return new ValueTask<PublishedConfig?>(entry.Config);
        }
        return LoadAsync(tenant);
    }

    public void Invalidate(Guid tenantId) => _entries.TryRemove(tenantId, out _);

    /// <summary>After a change that touches every tenant (a feature suspended or withdrawn).</summary>
    public void InvalidateAll() => _entries.Clear();

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

    private void RefreshInBackground(TenantInfo tenant)
    {
        if (!_refreshing.TryAdd(tenant.Id, 0)) return;
        _ = Task.Run(async () =>
        {
            try
            {
                var entry = await ReadAsync(tenant);
                _entries[tenant.Id] = Task.FromResult(entry);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Refreshing the app configuration of tenant {TenantId} failed; serving the previous one", tenant.Id);
            }
            finally
            {
                _refreshing.TryRemove(tenant.Id, out _);
            }
        });
    }

    private async Task<Entry> ReadAsync(TenantInfo tenant)
    {
        var loadedAt = clock.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
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
