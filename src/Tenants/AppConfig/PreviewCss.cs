using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Security;
using Tenants.Domain.HouseStyle;

namespace Tenants.AppConfig;

/// <summary>The preview page's colours as a stylesheet (the CSP forbids inline styles). Colours are re-parsed as
/// <see cref="HexColor"/> so nothing but <c>#RRGGBB</c> reaches the CSS.</summary>
internal static class PreviewCss
{
    public static void MapPreviewCss(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/beheer/{tenant}/voorbeeld.css", async (AppConfigEditor editor, HttpContext http, CancellationToken ct) =>
        {
            var b = (await editor.DraftAsync(ct)).Branding;
            string C(string field) => HexColor.TryParse(b.Color(field), out var c, out _) ? c.ToString() : "#000000";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text($$"""
                .phone { max-width: 22rem; border: 8px solid #222; border-radius: 24px; overflow: hidden; background: {{C("background")}}; color: {{C("text")}}; }
                .phone-bar { background: {{C("primary")}}; color: {{C("textOnPrimary")}}; padding: 1rem; display: flex; gap: .75rem; align-items: center; }
                .phone-title { margin: 0; font-weight: 700; font-size: 1.2rem; }
                .phone-logo { max-height: 40px; max-width: 120px; }
                .phone-body { padding: 1rem; }
                .phone-link { color: {{C("primary")}}; }
                .phone-tiles { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
                .phone-tile { background: {{C("secondary")}}; color: {{C("textOnSecondary")}}; padding: .75rem; border-radius: 8px; font-weight: 600; }
                .phone-button-secondary { display: inline-block; background: {{C("secondary")}}; color: {{C("textOnSecondary")}}; padding: .4rem .8rem; border-radius: 4px; }
                .phone-button-accent { display: inline-block; background: {{C("accent")}}; color: {{C("textOnAccent")}}; padding: .4rem .8rem; border-radius: 4px; }
                """, "text/css");
        }).RequireAuthorization(Policies.TenantAdmin).ExcludeFromDescription();
}
