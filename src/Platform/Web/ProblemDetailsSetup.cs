using Microsoft.AspNetCore.Diagnostics;
using Platform.Kernel.Tenancy;
using Platform.Kernel.Web;

namespace Platform.Web;

/// <summary>RFC 9457 problem details for every API error, with the correlation id to quote to the service desk.</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["correlationId"] = ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            if (ctx.Exception is TenantMismatchException)
            {
                ctx.ProblemDetails.Status = StatusCodes.Status403Forbidden;
                ctx.ProblemDetails.Title = "Geen toegang";
                ctx.ProblemDetails.Detail = "Deze gegevens horen bij een ander lokaal bestuur.";
                ctx.HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            if (ctx.Exception is Platform.Kernel.Abuse.TooManyRequestsException tooMany)
            {
                ctx.ProblemDetails.Title = "Te veel verzoeken";
                ctx.ProblemDetails.Detail = Platform.Kernel.Abuse.TooManyRequestsException.DutchMessage;
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, tooMany.RetryAfter.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (ctx.Exception is not null && UnstorableInput(ctx.Exception))
            {
                ctx.ProblemDetails.Status = StatusCodes.Status400BadRequest;
                ctx.ProblemDetails.Title = "Ongeldige invoer";
                ctx.ProblemDetails.Detail = ctx.Exception is Platform.Kernel.Text.InvalidTextException text ? text.Message
                    : "Een veld bevat een teken dat niet aanvaard wordt, of is te lang.";
                if (ctx.Exception is Platform.Kernel.Text.InvalidTextException field)
                    ctx.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field.Field] = [field.Message] };
            }
            // Routing refuses these before any endpoint runs; say in Dutch what to send instead.
            if (ctx.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                ctx.ProblemDetails.Title = "Formaat niet aanvaard";
                ctx.ProblemDetails.Detail ??= $"Dit adres aanvaardt geen '{ctx.HttpContext.Request.ContentType ?? "(geen Content-Type)"}'. " +
                    "Zie /api-docs voor het verwachte formaat (bv. multipart/form-data met een bestand, of application/json).";
            }
        });

    /// <summary>APIs get problem details; people get the Dutch error page with the correlation id.</summary>
    public static IApplicationBuilder UsePlatformExceptionHandler(this IApplicationBuilder app) =>
        app.UseWhen(ErrorMessage.WantsProblemDetails,
                api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor }))
            .UseWhen(ctx => !ErrorMessage.WantsProblemDetails(ctx),
                pages => pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fout", StatusCodeSelector = StatusFor }));

    /// <summary>An error status without a body (404, 403, 400 …): problem details for API clients, the Dutch error page in
    /// the layout for people (re-executed, so the status code stays).</summary>
    public static IApplicationBuilder UsePlatformStatusCodePages(this IApplicationBuilder app) =>
        app.UseWhen(ErrorMessage.WantsProblemDetails, api => api.UseStatusCodePages())
            .UseWhen(ctx => !ErrorMessage.WantsProblemDetails(ctx), pages => pages.UseStatusCodePagesWithReExecute("/fout/{0}"));

    /// <summary>Text the database cannot hold (NUL, bad encoding, longer than its column): the caller's input, never a 500.</summary>
    private static bool UnstorableInput(Exception e) => e switch
    {
        Platform.Kernel.Text.InvalidTextException => true,
        Npgsql.PostgresException { SqlState: "22021" or "22P05" or "22001" } => true,
        _ => e.InnerException is not null && UnstorableInput(e.InnerException),
    };

    private static int StatusFor(Exception e) => e switch
    {
        TenantMismatchException => StatusCodes.Status403Forbidden,
        Platform.Kernel.Abuse.TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        _ when UnstorableInput(e) => StatusCodes.Status400BadRequest,
        BadHttpRequestException b => b.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
