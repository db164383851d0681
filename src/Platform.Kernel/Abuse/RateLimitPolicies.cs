namespace Platform.Kernel.Abuse;

/// <summary>Names of the host's rate-limit policies (ASP.NET Core's rate limiter), for
/// <c>.RequireRateLimiting(RateLimitPolicies.X)</c> on endpoints and <c>[EnableRateLimiting(RateLimitPolicies.X)]</c> on pages.
/// Limits are configured under <c>RateLimiting</c> (see README). Authenticated writes are limited globally, per user.</summary>
public static class RateLimitPolicies
{
    /// <summary>Anonymous endpoints that write or send mail (subscriptions, onboarding requests, password reset,
    /// invitation acceptance): per client address.</summary>
    public const string AnonymousWrite = "anonymous-write";

    /// <summary>Password sign-in (and anything that checks a password or token anonymously): per client address.
    /// The per-account part is <see cref="KeyedLimits.SignInAccount"/>, checked by the sign-in handler.</summary>
    public const string SignIn = "sign-in";
}
