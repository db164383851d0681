using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StatusPage.Public;

/// <summary>A rendered response: bytes, their ETag and when they were built; <see cref="Found"/> false for an unknown product.</summary>
internal sealed record CachedResponse(byte[] Body, string ETag, string ContentType, long Version, DateTimeOffset BuiltAt)
{
    public bool Found => ContentType.Length > 0;
}

/// <summary>
/// Rendered public responses per key (page, product, history page). A change on this node bumps the version: the
/// next request renders afresh. Changes made on other nodes show up after the time-to-live
/// (<c>StatusPage:CacheSeconds</c>, default 15 s), which also keeps today's bar current; an expired entry is still
/// served while one background rendering replaces it, so readers never wait for it and never render all at once.
/// Each rendering runs in a scope of its own, independent of the request that triggered it.
/// </summary>
internal sealed class StatusPageCache(TimeProvider clock, IConfiguration configuration, IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedResponse>>> _building = new();
    private readonly TimeSpan _ttl = TimeSpan.FromSeconds(configuration.GetValue("StatusPage:CacheSeconds", 15));
    private long _version;

    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<CachedResponse> GetAsync(string key, Func<IServiceProvider, Task<(byte[] Body, string ContentType)?>> build)
    {
        var version = Interlocked.Read(ref _version);
        if (_entries.TryGetValue(key, out var hit) && hit.Version == version)
        {
            if (clock.GetUtcNow() - hit.BuiltAt >= _ttl) _ = BuildOnceAsync(key, version, build);
            return hit;
        }
        return await BuildOnceAsync(key, version, build);
    }

    private Task<CachedResponse> BuildOnceAsync(string key, long version, Func<IServiceProvider, Task<(byte[] Body, string ContentType)?>> build)
    {
        var flightKey = key + "|" + version;
        var flight = _building.GetOrAdd(flightKey, _ => new Lazy<Task<CachedResponse>>(() => BuildAsync(key, version, build)));
        return flight.Value.ContinueWith(t =>
        {
            _building.TryRemove(flightKey, out _);
            return t;
        }, TaskScheduler.Default).Unwrap();
    }

    private async Task<CachedResponse> BuildAsync(string key, long version, Func<IServiceProvider, Task<(byte[] Body, string ContentType)?>> build)
    {
        var builtAt = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var result = await build(scope.ServiceProvider);
        var body = result?.Body ?? [];
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";
        var entry = new CachedResponse(body, etag, result?.ContentType ?? "", version, builtAt);
        if (_entries.Count > 1000) _entries.Clear();
        _entries[key] = entry;
        return entry;
    }
}
