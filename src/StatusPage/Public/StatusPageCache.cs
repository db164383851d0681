using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace StatusPage.Public;

/// <summary>A rendered response: bytes, their ETag and when they were built.</summary>
internal sealed record CachedResponse(byte[] Body, string ETag, string ContentType, long Version, DateTimeOffset BuiltAt);

/// <summary>
/// Rendered public responses per key (page, product, history page). A change on this node bumps the version and
/// so drops everything at once; other nodes see the change after the time-to-live (<c>StatusPage:CacheSeconds</c>,
/// default 15 s), which also keeps today's bar current.
/// </summary>
internal sealed class StatusPageCache(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new();
    private readonly TimeSpan _ttl = TimeSpan.FromSeconds(configuration.GetValue("StatusPage:CacheSeconds", 15));
    private long _version;

    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<CachedResponse> GetAsync(string key, Func<Task<(byte[] Body, string ContentType)>> build)
    {
        var version = Interlocked.Read(ref _version);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var hit) && hit.Version == version && now - hit.BuiltAt < _ttl)
            return hit;
        var (body, contentType) = await build();
        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..32] + "\"";
        var entry = new CachedResponse(body, etag, contentType, version, now);
        if (_entries.Count > 500) _entries.Clear();
        _entries[key] = entry;
        return entry;
    }
}
