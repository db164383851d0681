using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StatusPage.Subscriptions;
using static StatusPage.Public.Html;

namespace StatusPage.Public;

/// <summary>
/// Confirm and unsubscribe links from the mails. Opening a link only shows a button (mail scanners that prefetch
/// links must not confirm or unsubscribe anyone); the POST does it. The 64-hex token is the authorisation, so the
/// POSTs need no antiforgery token, which also allows RFC 8058 one-click unsubscribe by mail clients.
/// </summary>
internal static class SubscriptionEndpoints
{
    public static void MapSubscriptionLinks(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/status").AllowAnonymous().RequireRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite).ExcludeFromDescription();
        group.MapGet("/bevestigen", async (string? token, SubscriptionService s, HttpContext http, CancellationToken ct) =>
            await s.FindAsync(token, ct) is null ? Unknown(http)
                : Page(http, "Abonnement bevestigen", "<p>Bevestig dat je berichten van de statuspagina wilt ontvangen.</p>" + Button("/status/bevestigen", token!, "Abonnement bevestigen")));
        group.MapPost("/bevestigen", async (HttpRequest request, SubscriptionService s, CancellationToken ct) =>
            await s.ConfirmAsync(await TokenAsync(request), ct)
                ? Page(request.HttpContext, "Abonnement bevestigd", "<p role=\"status\">Je abonnement is bevestigd. Je krijgt voortaan een e-mail bij storingen en gepland onderhoud.</p><p><a href=\"/status\">Naar de statuspagina</a></p>")
                : Unknown(request.HttpContext)).DisableAntiforgery();
        group.MapGet("/uitschrijven", async (string? token, SubscriptionService s, HttpContext http, CancellationToken ct) =>
            await s.FindAsync(token, ct) is null ? Unknown(http)
                : Page(http, "Uitschrijven", "<p>Wil je geen berichten meer ontvangen van de statuspagina?</p>" + Button("/status/uitschrijven", token!, "Uitschrijven")));
        group.MapPost("/uitschrijven", async (HttpRequest request, SubscriptionService s, CancellationToken ct) =>
            await s.UnsubscribeAsync(await TokenAsync(request), ct)
                ? Page(request.HttpContext, "Uitgeschreven", "<p role=\"status\">Je bent uitgeschreven. Je krijgt geen berichten meer van de statuspagina.</p><p><a href=\"/status\">Naar de statuspagina</a></p>")
                : Unknown(request.HttpContext)).DisableAntiforgery().WithSummary("One-click unsubscribe (RFC 8058).");
    }

    private static async Task<string?> TokenAsync(HttpRequest request)
    {
        if (request.Query.TryGetValue("token", out var query) && !string.IsNullOrEmpty(query)) return query.ToString();
        if (!request.HasFormContentType) return null;
        var form = await request.ReadFormAsync();
        return form["token"].ToString();
    }

    private static string Button(string action, string token, string label) =>
        $"<form method=\"post\" action=\"{action}\"><input type=\"hidden\" name=\"token\" value=\"{E(token)}\"><button type=\"submit\" class=\"button\">{E(label)}</button></form>";

    private static IResult Unknown(HttpContext http) =>
        Page(http, "Link niet geldig", "<p>Deze link is niet (meer) geldig. Schrijf je opnieuw in via de <a href=\"/status/abonneren\">statuspagina</a>.</p>", StatusCodes.Status404NotFound);

    /// <summary>The page in the status page's own layout; a signed-in visitor sees who is signed in, as on every page.</summary>
    private static IResult Page(HttpContext http, string title, string body, int status = StatusCodes.Status200OK)
    {
        var sb = new StringBuilder();
        Open(sb, title, null);
        sb.Append("<section class=\"card narrow\"><h1>").Append(E(title)).Append("</h1>").Append(body).Append("</section>");
        Close(sb);
        var html = sb.ToString();
        if (SignedInHeader.Apply(Encoding.UTF8.GetBytes(html), http.User) is { } personal) html = Encoding.UTF8.GetString(personal);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
