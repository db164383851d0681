using Platform.Kernel.Abuse;

namespace Platform.Web;

/// <summary>A use case that reached a keyed limit (<see cref="KeyedLimits"/>, e.g. confirmation mails per address) is
/// answered exactly as the rate limiter answers (429, <c>Retry-After</c>, problem details or a Dutch page) and logged
/// once at Information: a limit doing its work is not an error.</summary>
internal static class TooManyRequestsAnswer
{
    public static IApplicationBuilder UseTooManyRequestsAnswer(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        try
        {
            await next(ctx);
        }
        catch (TooManyRequestsException e) when (!ctx.Response.HasStarted)
        {
            ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Web.RateLimiting")
                .LogInformation("Limit reached on {Path}: answered 429, retry after {RetryAfterSeconds} s", ctx.Request.Path.Value, (int)e.RetryAfter.TotalSeconds);
            ctx.Response.Clear();
            await RateLimitingSetup.RejectAsync(ctx, e.RetryAfter, ctx.RequestAborted);
        }
    });
}
