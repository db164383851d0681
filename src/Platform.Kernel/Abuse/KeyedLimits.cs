using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Kernel.Abuse;

/// <summary>Limits keyed by something only the use case knows (the e-mail address a mail goes to, the account a
/// sign-in names), with the framework's <see cref="PartitionedRateLimiter"/>. Keys are normalised (trimmed, lower case).
/// Per node: behind several nodes the effective limit is the configured one times the number of nodes.</summary>
public sealed class KeyedLimits : IDisposable
{
    public const string MailPerAddress = "mail-per-address";
    public const string SignInAccount = "sign-in-account";

    private readonly Dictionary<string, PartitionedRateLimiter<string>> _limiters;

    public KeyedLimits(IOptions<RateLimitingOptions> options)
    {
        var o = options.Value;
        _limiters = new()
        {
            [MailPerAddress] = Create(o.MailPerAddress),
            [SignInAccount] = Create(o.SignInPerAccount),
            // The rate limiter's per-address policies, counted here for page forms (the 429 shows on the form).
            [RateLimitPolicies.AnonymousWrite] = Create(o.AnonymousWrite),
            [RateLimitPolicies.SignIn] = Create(o.SignIn),
        };
    }

    /// <summary>Takes one permit for <paramref name="key"/>; throws <see cref="TooManyRequestsException"/> when none is left.</summary>
    public void Acquire(string limit, string key)
    {
        if (!TryAcquire(limit, key, out var retryAfter)) throw new TooManyRequestsException(retryAfter);
    }

    public bool TryAcquire(string limit, string key, out TimeSpan retryAfter)
    {
        using var lease = _limiters[limit].AttemptAcquire(key.Trim().ToLowerInvariant());
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Create(WindowLimit limit) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limit.PermitLimit), Window = limit.Window, QueueLimit = 0 }));

    public void Dispose()
    {
        foreach (var l in _limiters.Values) l.Dispose();
    }
}

/// <summary>A limit was reached: the API answers 429 with <c>Retry-After</c>, a page a Dutch message.</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : Exception("Too many requests.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public const string DutchMessage = "Te veel verzoeken na elkaar. Wacht even en probeer het dan opnieuw.";
}
