namespace Platform.Web;

/// <summary>Conservative browser security headers on every response. Pages use no inline script; the API
/// reference (Scalar) is the one page that needs its own script source.</summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // The login form posts to us and is then redirected to the government identity provider, when configured.
        var oidc = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Platform.Identity.OidcOptions>>().Value;
        var formActions = oidc.Enabled && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? " " + authority.GetLeftPart(UriPartial.Authority)
            : "";
        // Modules' own redirect targets (Stripe Checkout when online payment is on).
        formActions += string.Concat(app.ApplicationServices.GetServices<Platform.Kernel.Web.FormActionOrigin>().Where(o => o.Origin.Length > 0).Select(o => " " + o.Origin).Distinct());
        return app.Use(async (ctx, next) =>
    {
        ctx.Response.OnStarting(() =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!h.ContainsKey("Content-Security-Policy"))
                h.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/api-docs") || ctx.Request.Path.StartsWithSegments("/jobs")
                    // The API reference and the jobs dashboard load their scripts, styles and fonts from us only.
                    ? "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                    : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'" + formActions + "; frame-ancestors 'none'; base-uri 'self'";
            return Task.CompletedTask;
        });
        await next();
    });
    }
}
