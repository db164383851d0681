using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Platform.Web;

/// <summary>The API is for automation (Bearer keys). A browser session may read it, but a state-changing API call
/// carried by the sign-in cookie must also carry the antiforgery token in <c>X-CSRF-TOKEN</c>: SameSite alone does not
/// protect against sibling tenant sub-domains, which count as the same site.</summary>
internal static class CookieApiProtection
{
    public const string Header = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseCookieApiProtection(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var request = ctx.Request;
        if (request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && ctx.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme)
        {
            var antiforgery = ctx.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(ctx))
            {
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx,
                    ProblemDetails =
                    {
                        Status = 400, Title = "Beveiligingstoken ontbreekt",
                        Detail = $"Een API-aanroep met de aanmeldcookie heeft de header {Header} nodig; automatisering gebruikt een API-sleutel.",
                    },
                });
                return;
            }
        }
        await next();
    });
}
