using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Tenants.Audit;
using Tenants.Catalogue;
using Tenants.Domain;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.AppConfig;

/// <summary>Draft, publish, history and rollback of a tenant's app configuration; for its admins and platform admins.</summary>
internal static class DraftApi
{
    public sealed record FeatureRequest(bool Enabled, JsonElement? Settings);

    public sealed record PublishRequest(string? Note);

    public sealed record FeatureView(string Key, string Name, string Description, string Kind, string Availability, bool Enabled, JsonElement? Settings);

    public sealed record DraftResponse(BrandingDocument Branding, string? LogoUrl, IReadOnlyList<FeatureView> Features,
        DateTimeOffset? UpdatedAt, string? UpdatedBy, IReadOnlyDictionary<string, string[]> PublishBlockers);

    public sealed record VersionResponse(int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Note, IReadOnlyList<string> Changes);

    public sealed record AuditResponse(DateTimeOffset At, string Actor, string Action, string Details);

    public static void MapDraftApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}").WithTags("App configuration").RequireAuthorization(Policies.TenantAdmin);
        g.MapGet("/draft", GetDraft).WithSummary("The draft configuration (branding, logo, features with all their settings).");
        g.MapPut("/draft/branding", PutBranding).WithSummary("Set the draft house style; every colour pair must reach WCAG AA (4.5:1).")
            .ProducesValidationProblem();
        g.MapPut("/draft/features/{key}", PutFeature).WithSummary("Switch an additional feature on (with its settings) or off in the draft.")
            .ProducesValidationProblem();
        g.MapPut("/draft/logo", PutLogo).WithSummary("Upload the logo (PNG or SVG as the request body; SVG is sanitised).")
            .Accepts<byte[]>("image/png", "image/svg+xml", "application/octet-stream").ProducesValidationProblem();
        g.MapDelete("/draft/logo", DeleteLogo).WithSummary("Remove the logo from the draft (the app then shows the app name).");
        g.MapGet("/draft/changes", DraftChanges).WithSummary("What publishing the draft would change in the live app, field by field (Dutch texts).");
        g.MapGet("/versions/{number:int}/changes", VersionChanges)
            .WithSummary("What re-publishing this version (rollback) would change in the live app, field by field (Dutch texts).");
        g.MapPost("/publish", Publish).WithSummary("Publish the draft as a new, immutable, numbered version.").ProducesValidationProblem();
        g.MapGet("/versions", Versions).WithSummary("Published versions, newest first, with who published when and what changed.");
        g.MapGet("/versions/{number:int}", Version).WithSummary("One published version's content.");
        g.MapPost("/versions/{number:int}/rollback", Rollback).WithSummary("Publish an old version again as a new version.");
        g.MapGet("/audit", Audit).WithSummary("The tenant's audit log, newest first.");
    }

    internal static Dictionary<string, string[]> ToProblem(IEnumerable<ValidationError> errors) => ValidationErrors.ByField(errors);

    private static async Task<DraftResponse> GetDraft(AppConfigEditor editor, TenantsDbContext db, HttpContext http, CancellationToken ct)
    {
        var (doc, at, by) = await editor.DraftWithStampAsync(ct);
        var offer = await FeatureOffer.ReadAsync(db, ct);
        var features = FeatureCatalogue.All.Select(f => new FeatureView(f.Key, f.Name, f.Description, f.IsCore ? "core" : "additional",
            offer[f.Key].ToString().ToLowerInvariant(), f.IsCore || doc.Feature(f.Key) is not null,
            doc.Feature(f.Key)?.SettingsJson is { } s ? JsonDocument.Parse(s).RootElement.Clone() : null)).ToList();
        var slug = http.GetRouteValue("tenant") as string;
        return new DraftResponse(doc.Branding, doc.Logo is { } l ? $"/api/apps/{slug}/logo/{l.FileName}" : null, features, at, by,
            ToProblem(doc.Validate()));
    }

    private static async Task<Results<Ok, ValidationProblem>> PutBranding(BrandingDocument request, AppConfigEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        await editor.SetBrandingAsync(request, Actor.From(user), ct) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(ToProblem(errors), title: "De huisstijl kan niet bewaard worden.")
            : TypedResults.Ok();

    private static async Task<Results<Ok, ValidationProblem>> PutFeature(string key, FeatureRequest request, AppConfigEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        await editor.SetFeatureAsync(key, request.Enabled, request.Settings?.GetRawText(), Actor.From(user), ct) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(ToProblem(errors), title: "De functie kan niet bewaard worden.")
            : TypedResults.Ok();

    private static async Task<Results<Ok<string>, ValidationProblem>> PutLogo(HttpRequest request, AppConfigEditor editor, ClaimsPrincipal user, CancellationToken ct)
    {
        // Form content types are refused: a cross-site form could send those without a CORS preflight.
        if (request.HasFormContentType || request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["logo"] = ["Stuur het logo als image/png of image/svg+xml."] });
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var check = await editor.SetLogoAsync(buffer.ToArray(), Actor.From(user), ct);
        return check.Error is { } error
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["logo"] = [error] }, title: "Het logo is niet aanvaard.")
            : TypedResults.Ok(check.Logo!.ContentType);
    }

    private static async Task<Results<Created<VersionResponse>, ValidationProblem>> Publish(PublishRequest? request, AppConfigEditor editor,
        ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var published = await editor.PublishAsync(Actor.From(user), request?.Note, ct);
        if (published.Value is not { } version) return TypedResults.ValidationProblem(published.FieldErrors(), title: "Het concept kan niet gepubliceerd worden.");
        var history = await editor.HistoryAsync(ct);
        var view = history.First(v => v.Number == version.Number);
        return TypedResults.Created($"/api/tenants/{http.GetRouteValue("tenant")}/versions/{version.Number}", ToResponse(view));
    }

    private static async Task<List<VersionResponse>> Versions(AppConfigEditor editor, CancellationToken ct) =>
        (await editor.HistoryAsync(ct)).Select(ToResponse).ToList();

    private static async Task<Results<NoContent, NotFound>> DeleteLogo(AppConfigEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        await editor.RemoveLogoAsync(Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<IReadOnlyList<Pages.ConfigChanges.Change>> DraftChanges(AppConfigEditor editor, CancellationToken ct) =>
        Pages.ConfigChanges.Between(await editor.LatestPublishedAsync(ct), await editor.DraftAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<Pages.ConfigChanges.Change>>, NotFound>> VersionChanges(int number, AppConfigEditor editor,
        CancellationToken ct) =>
        await editor.VersionAsync(number, ct) is { } old
            ? TypedResults.Ok(Pages.ConfigChanges.Between(await editor.LatestPublishedAsync(ct), old))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ConfigDocument>, NotFound>> Version(int number, TenantsDbContext db, CancellationToken ct) =>
        await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct) is { } v
            ? TypedResults.Ok(ConfigDocument.FromJson(v.Document)) : TypedResults.NotFound();

    private static async Task<Results<Created<VersionResponse>, NotFound>> Rollback(int number, AppConfigEditor editor, ClaimsPrincipal user,
        HttpContext http, CancellationToken ct)
    {
        var version = await editor.RollbackAsync(number, Actor.From(user), ct);
        if (version is null) return TypedResults.NotFound();
        var view = (await editor.HistoryAsync(ct)).First(v => v.Number == version.Number);
        return TypedResults.Created($"/api/tenants/{http.GetRouteValue("tenant")}/versions/{version.Number}", ToResponse(view));
    }

    private static async Task<List<AuditResponse>> Audit(TenantsDbContext db, CancellationToken ct) =>
        (await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).Take(500).ToListAsync(ct))
            .Select(a => new AuditResponse(a.At, a.Actor, a.Action, a.Details)).ToList();

    private static VersionResponse ToResponse(VersionView v) => new(v.Number, v.PublishedAt, v.PublishedBy, v.Note, v.Changes);
}
