using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Platform.Kernel.Tenancy;
using Tenants.Persistence;

namespace Tenants.AppConfig;

/// <summary>What the mobile app reads, anonymously: the published configuration and the logo it points to.</summary>
internal static class AppConfigApi
{
    /// <summary>Apps ask at every start: they may keep a copy but must revalidate it (a 304 costs next to nothing),
    /// so a publish reaches every app at its next start.</summary>
    public const string ConfigCacheControl = "public, no-cache";

    private static readonly StringValues CacheControlValue = new(ConfigCacheControl);
    private static readonly StringValues JsonType = new("application/json; charset=utf-8");

    public static void MapAppConfigApi(this IEndpointRouteBuilder endpoints)
    {
        var apps = endpoints.MapGroup("/api/apps/{tenant}").WithTags("App configuration").AllowAnonymous();
        apps.MapGet("/config", GetConfig)
            .WithSummary("The tenant's published app configuration (features with public settings, branding). Supports If-None-Match.")
            .WithDescription(SettingsDescription)
            .Produces<AppConfigResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        apps.MapGet("/logo/{file}", GetLogo).WithSummary("A logo by its content hash; cacheable for ever.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png", additionalContentTypes: "image/svg+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The feature settings are one JSON object per feature; the nested ones an app must read are spelled out here.</summary>
    private const string SettingsDescription =
        "schemaVersion 1. `features[].settings` holds the feature's public settings. For `contact-options`: " +
        "`services[]` with `name`, `address {street, postalCode, city}`, `phone` (to show), `phoneE164` (to dial), `email`, `website`, and " +
        "`openingHours`: per weekday (`monday` … `sunday`) a list of periods `{\"from\":\"09:00\",\"to\":\"12:00\"}` (missing or empty = closed), " +
        "and `exceptions`: always a list, by date, of `{\"date\":\"2026-12-25\",\"hours\":[],\"reason\":\"Kerstmis\"}` that replace that date's " +
        "weekday hours (`hours` empty = closed that day; `reason` may be null). Versions published before exceptions existed are served with `exceptions: []`.";

    internal static async Task GetConfig(HttpContext http, TenantContext current, AppConfigCache cache)
    {
        var config = current.Tenant is { } tenant ? await cache.GetAsync(tenant, http.RequestAborted) : null;
        if (config is null)
        {
            await TypedResults.Problem(statusCode: 404, title: "Niet gevonden",
                detail: "Dit lokaal bestuur heeft nog geen gepubliceerde appconfiguratie.").ExecuteAsync(http);
            return;
        }
        var response = http.Response;
        response.Headers.ETag = config.ETag;
        response.Headers.CacheControl = CacheControlValue;
        if (Matches(http.Request.Headers.IfNoneMatch, config.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = JsonType;
        response.ContentLength = config.Json.Length;
        await response.Body.WriteAsync(config.Json, http.RequestAborted);
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2): <c>W/"x"</c> matches <c>"x"</c>.</summary>
    internal static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch)) return false;
        foreach (var header in ifNoneMatch)
        {
            if (header is null) continue;
            if (header == etag) return true;
            if (EntityTagHeaderValue.TryParseList([header], out var tags))
                foreach (var tag in tags)
                    if (tag.Tag.Equals("*") || tag.Tag.AsSpan().SequenceEqual(etag)) return true;
        }
        return false;
    }

    private static async Task<IResult> GetLogo(string file, TenantsDbContext db, HttpContext http, CancellationToken ct)
    {
        var hash = Path.GetFileNameWithoutExtension(file);
        var logo = hash.Length == 64 ? await db.Logos.AsNoTracking().FirstOrDefaultAsync(l => l.Hash == hash, ct) : null;
        if (logo is null || new LogoRef(logo.Hash, logo.ContentType).FileName != file)
            return TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: "Dit logo bestaat niet.");
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        // A sanitised SVG still gets no chance to run anything if opened directly.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        return TypedResults.File(logo.Content, logo.ContentType, entityTag: new EntityTagHeaderValue("\"" + logo.Hash + "\""));
    }
}

/// <summary>Shape of the configuration document (for the API reference; the bytes are built by <see cref="AppConfigJson"/>).</summary>
internal sealed record AppConfigResponse(int SchemaVersion, int ConfigVersion, DateTimeOffset PublishedAt,
    AppConfigResponse.TenantPart Tenant, AppConfigResponse.BrandingPart Branding, IReadOnlyList<AppConfigResponse.FeaturePart> Features)
{
    public sealed record TenantPart(string Name, string Slug);

    public sealed record BrandingPart(string AppName, IReadOnlyDictionary<string, string> Colors, string? LogoUrl);

    public sealed record FeaturePart(string Key, string Name, string Kind, object? Settings);
}
