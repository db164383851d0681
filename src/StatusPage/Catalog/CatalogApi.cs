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

    private static async Task<Results<Created<ProductResponse>, ValidationProblem>> AddProduct(
        ProductRequest r, StatusPageDbContext db, StatusAudit audit, StatusPageCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var slug = r.Slug?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(slug) || slug.Length > 80 || !slug.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            errors["slug"] = ["Gebruik kleine letters, cijfers en koppeltekens (maximaal 80)."];
        else if (await db.Products.AnyAsync(p => p.Slug == slug, ct)) errors["slug"] = ["Er is al een product met deze slug."];
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 120) errors["name"] = ["Geef het product een naam (maximaal 120 tekens)."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var p = new Product { Id = Guid.CreateVersion7(clock.GetUtcNow()), Slug = slug!, Name = r.Name!.Trim(), Description = r.Description?.Trim(), SortOrder = r.SortOrder, CreatedAt = clock.GetUtcNow() };
        db.Products.Add(p);
        audit.Record(PlatformClaims.UserId(user), "product.added", p.Id, r);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        return TypedResults.Created($"/api/status/products/{p.Id}", new ProductResponse(p.Id, p.Slug, p.Name, p.Description, []));
    }

    private static async Task<Results<Created<ComponentResponse>, ValidationProblem, NotFound>> AddComponent(
        Guid id, ComponentRequest r, StatusPageDbContext db, StatusAudit audit, StatusPageCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Id == id, ct)) return TypedResults.NotFound();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 120)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Geef het onderdeel een naam (maximaal 120 tekens)."] });
        var c = new Component { Id = Guid.CreateVersion7(clock.GetUtcNow()), ProductId = id, Name = r.Name.Trim(), Group = string.IsNullOrWhiteSpace(r.Group) ? null : r.Group.Trim(), SortOrder = r.SortOrder, TrackedSince = clock.GetUtcNow() };
        db.Components.Add(c);
        audit.Record(PlatformClaims.UserId(user), "component.added", c.Id, r);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        var operational = ComponentStatus.Operational;
        return TypedResults.Created($"/api/status/components/{c.Id}", new ComponentResponse(c.Id, c.Name, c.Group, c.SortOrder, null, operational.ToString(), operational.ToDutch()));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> SetManualStatus(
        Guid id, ManualStatusRequest r, StatusPageDbContext db, StatusAudit audit, StatusPageCache cache, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Components.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return TypedResults.NotFound();
        ComponentStatus? status = null;
        if (r.Status is not null)
        {
            if (!TryEnum<ComponentStatus>(r.Status, out var parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Kies als status: " + Choices<ComponentStatus>() + " (of leeg)."] });
            status = parsed;
        }
        audit.Record(PlatformClaims.UserId(user), "component.status", c.Id, new { from = c.ManualStatus?.ToString(), to = status?.ToString() });
        c.ManualStatus = status;
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetFeatures(
        Guid id, ComponentFeaturesRequest r, Features.ComponentFeatures features, ClaimsPrincipal user, CancellationToken ct) =>
        (await features.SetAsync(id, r.FeatureKeys, PlatformClaims.UserId(user), ct)).ToNoContent();
}
