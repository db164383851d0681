using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Kernel.Abuse;

namespace Platform.Web;

/// <summary>ASP.NET Core's rate limiter: the named policies of <see cref="RateLimitPolicies"/> (per client address) and a
/// global, generous limit on authenticated writes (per user). The client address is the connection's; behind the
/// trusted proxy (<c>Platform:TrustForwardedHeaders</c>) the forwarded-headers middleware has already put
/// <c>X-Forwarded-For</c> there, and only then.</summary>
internal static class RateLimitingSetup
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section)
            .Validate(o => new[] { o.AnonymousWrite, o.SignIn, o.SignInPerAccount, o.MailPerAddress, o.AuthenticatedWrite }
                .All(l => l.PermitLimit > 0 && l.WindowSeconds > 0), "RateLimiting: every PermitLimit and WindowSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton<KeyedLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((o, limits) =>
        {
            var l = limits.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading a form (GET) is free; only its submission counts.
            // Page forms count in the page filter instead, so the 429 shows on the form itself (same limit, same key).
            o.AddPolicy(RateLimitPolicies.AnonymousWrite, ctx => IsWrite(ctx.Request.Method) && !IsPage(ctx)
                ? PerAddress(ctx, RateLimitPolicies.AnonymousWrite, l.AnonymousWrite)
                : RateLimitPartition.GetNoLimiter(""));
            o.AddPolicy(RateLimitPolicies.SignIn, ctx => IsWrite(ctx.Request.Method) && !IsPage(ctx)
                ? PerAddress(ctx, RateLimitPolicies.SignIn, l.SignIn)
                : RateLimitPartition.GetNoLimiter(""));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                IsWrite(ctx.Request.Method) && ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                    ? RateLimitPartition.GetFixedWindowLimiter("user:" + user, _ => Window(l.AuthenticatedWrite))
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (context, ct) => RejectAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1), ct);
        });
        return services;
    }

    /// <summary>Writes the 429: problem details on the API, a short Dutch page for people.</summary>
    public static async ValueTask RejectAsync(HttpContext http, TimeSpan retryAfter, CancellationToken ct)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = 429, Title = "Te veel verzoeken", Detail = $"{TooManyRequestsException.DutchMessage} (na {seconds} seconden)" },
            });
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Te veel verzoeken</title>
            <link rel="stylesheet" href="/css/site.css"></head><body><main class="card narrow"><h1>Te veel verzoeken</h1>
            <p role="alert">{TooManyRequestsException.DutchMessage} Probeer het opnieuw over {Minutes(seconds)}.</p>
            <p><a href="/">Naar de startpagina</a></p></main></body></html>
            """, ct);
    }

    /// <summary>The policies a page form counts itself (<see cref="TextRuleFilters.PageFilter"/>), through <see cref="KeyedLimits"/>.</summary>
    public static readonly string[] PagePolicies = [RateLimitPolicies.AnonymousWrite, RateLimitPolicies.SignIn];

    private static bool IsPage(HttpContext ctx) =>
        ctx.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;

    public static string Minutes(int seconds) => seconds < 90 ? $"{seconds} seconden" : $"{(seconds + 59) / 60} minuten";

    private static RateLimitPartition<string> PerAddress(HttpContext ctx, string policy, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(policy + ":" + ClientAddress(ctx), _ => Window(limit));

    private static FixedWindowRateLimiterOptions Window(WindowLimit limit) =>
        new() { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 };

    /// <summary>IPv6 clients are limited per /64, so one host cannot rotate through its own addresses.</summary>
    public static string ClientAddress(HttpContext ctx)
    {
        var ip = ctx.Connection.RemoteIpAddress;
        if (ip is null) return "unknown";
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = ip.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return ip.ToString();
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
