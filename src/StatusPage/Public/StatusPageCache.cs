using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Changes;

namespace StatusPage.Public;

/// <summary>A rendered response: bytes, their ETag and when they were built; <see cref="Found"/> false for an unknown product.</summary>
internal sealed record CachedResponse(byte[] Body, string ETag, string ContentType, long Version, DateTimeOffset BuiltAt)
{
    public bool Found => ContentType.Length > 0;
}

/// <summary>
/// Rendered public responses per key (page, product, history page). A change on any node is announced through
/// <see cref="IChangeSignal"/> and bumps the version on every node: the next request renders afresh. An entry older
/// than <c>StatusPage:CacheSeconds</c> (default 15 s, for today's bar) or than the change signal's safety bound
/// (<see cref="IChangeSignal.MaxStaleness"/>, for a missed notification), whichever is shorter, is rendered again
/// before it answers; one rendering per key at a time, which concurrent readers share. Each rendering runs in a
/// scope of its own, independent of the request that triggered it.
/// </summary>
internal sealed class StatusPageCache
{
    public const string Topic = "status-page";

    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedResponse>>> _building = new();
    private readonly TimeProvider _clock;
    private readonly IServiceScopeFactory _scopes;
    private readonly IChangeSignal _changes;
    private readonly TimeSpan _fresh;
    private long _version;

    public StatusPageCache(TimeProvider clock, IOptions<StatusPageOptions> options, IServiceScopeFactory scopes, IChangeSignal changes)
    {
        (_clock, _scopes, _changes) = (clock, scopes, changes);
        var ttl = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        _fresh = ttl < changes.MaxStaleness ? ttl : changes.MaxStaleness;
        CacheControl = "public, max-age=" + (int)_fresh.TotalSeconds;
        changes.Subscribe(Topic, _ => Interlocked.Increment(ref _version));
    }

    /// <summary>A browser or proxy may keep a response no longer than this node may.</summary>
    public string CacheControl { get; }

    /// <summary>After a change that shows on the public pages: every node (this one before it returns) renders afresh.</summary>
    public Task ChangedAsync() => _changes.PublishAsync(Topic, null, CancellationToken.None);

    /// <summary>Same as <see cref="ChangedAsync"/> for callers that cannot wait: this node at once, others a moment later.</summary>
    public void Invalidate() => _ = ChangedAsync();

    public async Task<CachedResponse> GetAsync(string key, Func<IServiceProvider, Task<(byte[] Body, string ContentType)?>> build)
    {
        var version = Interlocked.Read(ref _version);
        if (_entries.TryGetValue(key, out var hit) && hit.Version == version && _clock.GetUtcNow() - hit.BuiltAt < _fresh)
            return hit;
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
        var builtAt = _clock.GetUtcNow();
        await using var scope = _scopes.CreateAsyncScope();
        var result = await build(scope.ServiceProvider);
        var body = result?.Body ?? [];
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";
        var entry = new CachedResponse(body, etag, result?.ContentType ?? "", version, builtAt);
        if (_entries.Count > 1000) _entries.Clear();
        _entries[key] = entry;
        return entry;
    }
}
