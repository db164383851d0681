using Platform.Kernel.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using StatusPage.Auditing;
using StatusPage.Persistence;
using StatusPage.Public;
using StatusPage.Subscriptions;
using StatusPage.Webhooks;
using static StatusPage.Incidents.IncidentsApi;
using static StatusPage.RequestParsing;

namespace StatusPage.Catalog;

/// <summary>Products and their components: add them, set a status by hand, say which app features a component serves.</summary>
internal static class CatalogApi
{
    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/products", Products).WithSummary("Products with their components and current status.");
        api.MapPost("/products", AddProduct).WithSummary("Add a product.").ProducesValidationProblem();
        api.MapPost("/products/{id:guid}/components", AddComponent).WithSummary("Add a component to a product.").ProducesValidationProblem();
        api.MapPut("/components/{id:guid}/status", SetManualStatus).WithSummary("Set a component's status by hand (status null: derive it again).").ProducesValidationProblem();
        api.MapPut("/components/{id:guid}/features", SetFeatures).WithSummary("Set the app features a component serves (keys of the feature catalogue).").ProducesValidationProblem();
    }

    private static async Task<List<ProductResponse>> Products(StatusPageDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Components).OrderBy(p => p.SortOrder).ToListAsync(ct);
        var open = await db.IncidentImpacts.AsNoTracking().Where(i => i.End == null).Select(i => new ComponentImpact(i.ComponentId, i.Level)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var maintenance = await db.Maintenance.AsNoTracking().Include(m => m.Components).Where(m => m.CancelledAt == null && m.CompletedAt == null && m.ScheduledStart <= now).ToListAsync(ct);
        var inMaintenance = maintenance.Where(m => m.StatusAt(now) == MaintenanceStatus.InProgress).SelectMany(m => m.Components.Select(c => c.ComponentId));
        var statuses = ComponentStatusDerivation.DeriveAll(products.SelectMany(p => p.Components).Select(c => new ComponentState(c.Id, c.ManualStatus)), open, inMaintenance);
        return products.Select(p => new ProductResponse(p.Id, p.Slug, p.Name, p.Description,
            p.Components.OrderBy(c => c.SortOrder).Select(c => new ComponentResponse(c.Id, c.Name, c.Group, c.SortOrder, c.ManualStatus?.ToString(),
                statuses[c.Id].ToString(), statuses[c.Id].ToDutch(), c.Features.ToList())).ToList())).ToList();
    }

    private static async Task<Results<Created<ProductResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddProduct(
        ProductRequest r, CatalogEditor catalog, ClaimsPrincipal user, CancellationToken ct) =>
        (await catalog.AddProductAsync(r, PlatformClaims.UserId(user), ct))
            .ToCreated(p => $"/api/status/products/{p.Id}", p => new ProductResponse(p.Id, p.Slug, p.Name, p.Description, []));

    private static async Task<Results<Created<ComponentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddComponent(
        Guid id, ComponentRequest r, CatalogEditor catalog, ClaimsPrincipal user, CancellationToken ct) =>
        (await catalog.AddComponentAsync(id, r, PlatformClaims.UserId(user), ct))
            .ToCreated(c => $"/api/status/components/{c.Id}", c => new ComponentResponse(c.Id, c.Name, c.Group, c.SortOrder, null,
                ComponentStatus.Operational.ToString(), ComponentStatus.Operational.ToDutch()));

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetManualStatus(
        Guid id, ManualStatusRequest r, CatalogEditor catalog, ClaimsPrincipal user, CancellationToken ct) =>
        (await catalog.SetManualStatusAsync(id, r.Status, PlatformClaims.UserId(user), ct)).ToNoContent();

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetFeatures(
        Guid id, ComponentFeaturesRequest r, Features.ComponentFeatures features, ClaimsPrincipal user, CancellationToken ct) =>
        (await features.SetAsync(id, r.FeatureKeys, PlatformClaims.UserId(user), ct)).ToNoContent();
}
