using Platform.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using Platform.Kernel.Tenancy;

namespace StatusPage.Public;

/// <summary>The public, anonymous, cacheable endpoints under /status.</summary>
internal static class PublicEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void MapStatusPublic(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/status").AllowAnonymous().WithTags("Status page (public)");
        group.MapGet("/", Page).WithSummary("The public status page (HTML; ?product= for one product).").ExcludeFromDescription();
        group.MapGet("/historiek", History).WithSummary("Past incidents, paged (HTML).").ExcludeFromDescription();
        group.MapGet("/storingen/{id:guid}", IncidentPage).WithSummary("One incident: timeline and post-incident report (HTML).").ExcludeFromDescription();
        group.MapGet("/feed.atom", Atom).WithSummary("Atom feed of incidents and maintenance (?product= for one product).");
        group.MapGet("/maintenance.ics", Ical).WithSummary("iCalendar feed of planned maintenance (Europe/Brussels).");
        group.MapGet("/status.css", () => Results.Text(StatusCss.Text, "text/css; charset=utf-8")).ExcludeFromDescription();

        // Atlassian Statuspage's public API v2, for monitors and client libraries that read it; any site may read it.
        var v2 = endpoints.MapGroup("/api/v2").AllowAnonymous().RequireCors(CorsPolicy).WithTags("Status page (public)");
        foreach (var (path, document, summary) in V2Documents)
            v2.MapGet(path, (HttpContext http, StatusPageCache cache) => ServeAsync(http, cache, "v2|" + document, async sp =>
                    (await sp.GetRequiredService<StatuspageJson>().BuildAsync(document, CancellationToken.None), JsonType)))
                .WithSummary(summary + " (Statuspage API v2 format; supports If-None-Match).")
                .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified);
    }

    /// <summary>The CORS policy of the public JSON: GET from any origin, ETag readable.</summary>
    public const string CorsPolicy = "status-public-read";

    private const string JsonType = "application/json; charset=utf-8";

    private static readonly (string Path, StatuspageJson.Document Document, string Summary)[] V2Documents =
    [
        ("/summary.json", StatuspageJson.Document.Summary, "Page, components, unresolved incidents, upcoming and active maintenance, overall status"),
        ("/status.json", StatuspageJson.Document.Status, "The overall status indicator"),
        ("/components.json", StatuspageJson.Document.Components, "Components with their status; products are component groups"),
        ("/incidents.json", StatuspageJson.Document.Incidents, "The 50 most recent incidents"),
        ("/incidents/unresolved.json", StatuspageJson.Document.UnresolvedIncidents, "Incidents not yet resolved"),
        ("/scheduled-maintenances.json", StatuspageJson.Document.Maintenances, "The 50 most recent maintenance windows"),
        ("/scheduled-maintenances/upcoming.json", StatuspageJson.Document.UpcomingMaintenances, "Maintenance still to come"),
        ("/scheduled-maintenances/active.json", StatuspageJson.Document.ActiveMaintenances, "Maintenance in progress"),
    ];

    private static async Task Page(HttpContext http, StatusPageCache cache, string? product, string? bestuur)
    {
        CityView? city = null;
        if (!string.IsNullOrWhiteSpace(bestuur))
        {
            var tenant = await http.RequestServices.GetRequiredService<ITenantStore>().FindByIdentifierAsync(bestuur.Trim().ToLowerInvariant(), http.RequestAborted);
            var features = tenant is null ? null : await http.RequestServices.GetRequiredService<IPublishedAppFeatures>().FeatureKeysAsync(tenant, http.RequestAborted);
            if (tenant is null || features is null)
            {
                await NotFoundAsync(http, "Onbekend lokaal bestuur, of het heeft nog geen gepubliceerde app.", page: true);
                return;
            }
            city = new CityView(tenant.Identifier, tenant.Name, features);
        }
        var key = $"page|{product?.Trim().ToLowerInvariant()}|{city?.Slug}|{(city is null ? "" : string.Join(',', city.Features))}";
        await ServeAsync(http, cache, key, async sp =>
            await sp.GetRequiredService<StatusSnapshotBuilder>().BuildAsync(product, 1, 5, CancellationToken.None, city) is { } snapshot
                ? (Encoding.UTF8.GetBytes(StatusPageRenderer.Page(snapshot)), HtmlType) : null);
    }

    private static Task History(HttpContext http, StatusPageCache cache, string? product, int? pagina) =>
        ServeAsync(http, cache, $"history|{product?.Trim().ToLowerInvariant()}|{pagina ?? 1}", async sp =>
            await sp.GetRequiredService<StatusSnapshotBuilder>().BuildAsync(product, pagina ?? 1, StatusSnapshot.PastPageSize, CancellationToken.None) is { } snapshot
                ? (Encoding.UTF8.GetBytes(StatusPageRenderer.History(snapshot)), HtmlType) : null);

    private static Task IncidentPage(HttpContext http, StatusPageCache cache, Guid id) =>
        ServeAsync(http, cache, "incident|" + id, async sp =>
            await sp.GetRequiredService<StatusSnapshotBuilder>().IncidentAsync(id, CancellationToken.None) is { } incident
                ? (Encoding.UTF8.GetBytes(StatusPageRenderer.IncidentPage(incident)), HtmlType) : null);

    private static Task Atom(HttpContext http, StatusPageCache cache, string? product) =>
        ServeAsync(http, cache, "atom|" + product?.Trim().ToLowerInvariant(), async sp =>
            await sp.GetRequiredService<StatusFeeds>().AtomAsync(product, CancellationToken.None) is { } bytes
                ? (bytes, "application/atom+xml; charset=utf-8") : null);

    private static Task Ical(HttpContext http, StatusPageCache cache) =>
        ServeAsync(http, cache, "ics", async sp =>
            (await sp.GetRequiredService<StatusFeeds>().CalendarAsync(CancellationToken.None), "text/calendar; charset=utf-8"));

    /// <summary>Serves a cached rendering with ETag and <c>Cache-Control: public, max-age</c> no longer than the cache's own
    /// freshness (the safety bound of changes across nodes); 304 when unchanged.</summary>
    internal static async Task ServeAsync(HttpContext http, StatusPageCache cache, string key,
        Func<IServiceProvider, Task<(byte[] Body, string ContentType)?>> build)
    {
        var entry = await cache.GetAsync(key, build);
        if (!entry.Found)
        {
            await NotFoundAsync(http, key.StartsWith("incident|", StringComparison.Ordinal) ? "Deze storing bestaat niet (meer)."
                : "Dit product bestaat niet. Kies een product op de statuspagina.",
                page: key.StartsWith("page|", StringComparison.Ordinal) || key.StartsWith("history|", StringComparison.Ordinal) || key.StartsWith("incident|", StringComparison.Ordinal));
            return;
        }
        var headers = http.Response.Headers;
        if (SignedInHeader.Apply(entry.Body, http.User) is { } personal)
        {
            headers.CacheControl = "private, no-store";
            http.Response.ContentType = entry.ContentType;
            http.Response.ContentLength = personal.Length;
            await http.Response.Body.WriteAsync(personal, http.RequestAborted);
            return;
        }
        headers.ETag = entry.ETag;
        headers.CacheControl = cache.CacheControl;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(entry.ETag, StringComparison.Ordinal)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = entry.ContentType;
        http.Response.ContentLength = entry.Body.Length;
        await http.Response.Body.WriteAsync(entry.Body, http.RequestAborted);
    }

    /// <summary>An unknown product, incident or city: people get the platform's Dutch 404 page in the layout (the host's
    /// status code pages render it); feeds and programs keep a short text.</summary>
    private static async Task NotFoundAsync(HttpContext http, string dutchMessage, bool page)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        if (page && !ErrorMessage.WantsProblemDetails(http))
        {
            ErrorMessage.Set(http, dutchMessage);
            return;
        }
        await http.Response.WriteAsync(dutchMessage, http.RequestAborted);
    }
}
