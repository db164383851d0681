using Serilog.Context;

namespace Platform.Web;

/// <summary>Every request gets a correlation id (the caller's <c>X-Correlation-Id</c> when sane, else the trace id),
/// echoed in the response and attached to every log event of the request.</summary>
internal static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var incoming = ctx.Request.Headers[Header].ToString();
        var id = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? incoming
            : ctx.TraceIdentifier;
        ctx.TraceIdentifier = id;
        ctx.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
            await next();
    });
}
