using System.Text.Json;
using Platform.Kernel.Abuse;
using Platform.Kernel.Text;

namespace Platform.Web;

/// <summary>Requests the platform refuses before or inside a use case, answered here and logged at Information (a refusal
/// doing its work is not an error):
/// - a keyed limit reached (<see cref="KeyedLimits"/>, e.g. confirmation mails per address): answered exactly as the rate
///   limiter answers (429, <c>Retry-After</c>, problem details or a Dutch page);
/// - a request the endpoint could not bind (minimal APIs throw on bad requests, see <c>ThrowOnBadRequest</c>): problem
///   details with the framework's status, and for a JSON value of the wrong type or format the field by its JSON path and
///   Dutch label (<c>expiresOn</c>: "Het veld 'Vervaldatum' heeft geen geldige waarde").</summary>
internal static partial class RefusedRequests
{
    public static IServiceCollection AddRefusedRequests(this IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    public static IApplicationBuilder UseRefusedRequests(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        try
        {
            await next(ctx);
        }
        catch (TooManyRequestsException e) when (!ctx.Response.HasStarted)
        {
            Log(ctx).LogInformation("Limit reached on {Path}: answered 429, retry after {RetryAfterSeconds} s", ctx.Request.Path.Value, (int)e.RetryAfter.TotalSeconds);
            ctx.Response.Clear();
            await RateLimitingSetup.RejectAsync(ctx, e.RetryAfter, ctx.RequestAborted);
        }
        catch (BadHttpRequestException e) when (!ctx.Response.HasStarted)
        {
            var field = FieldOf(e);
            Log(ctx).LogInformation("Request to {Path} not bound: answered {Status} (field {Field})", ctx.Request.Path.Value, e.StatusCode, field);
            ctx.Response.Clear();
            ctx.Response.StatusCode = e.StatusCode;
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = e.StatusCode,
                Title = e.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Formaat niet aanvaard" : "Ongeldige aanvraag",
                // A 415 gets its Dutch detail (what was sent, what to send) from the platform's problem-details set-up.
                Detail = e.StatusCode == StatusCodes.Status415UnsupportedMediaType ? null
                    : field is null ? "De aanvraag kon niet gelezen worden. Zie /api-docs voor het verwachte formaat."
                    : $"Het veld '{FieldLabels.For(field)}' heeft geen geldige waarde. Zie /api-docs voor het verwachte formaat.",
            };
            if (field is not null) problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail ?? problem.Title] };
            await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = ctx, ProblemDetails = problem });
        }
    });

    private static ILogger Log(HttpContext ctx) => ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Web.RefusedRequests");

    /// <summary>The JSON path of the value that could not be read (<c>$.inhabitants[0].publishedOn</c> → <c>inhabitants[0].publishedOn</c>).</summary>
    private static string? FieldOf(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal))
                return path[2..];
        // A route or query value: 'Failed to bind parameter "int? year" from "abc".' / 'Required parameter "int year" was not provided …'
        var match = ParameterName().Match(e.Message);
        return match.Success ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups[1].Value) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]*\\s)?([A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex ParameterName();
}
