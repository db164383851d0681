using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Text;
using StatusPage.Auditing;
using StatusPage.Persistence;
using StatusPage.Public;
using static StatusPage.RequestParsing;

namespace StatusPage.Catalog;

/// <summary>Changes to what the status page shows: a new product, a new component of a product, a component's status set
/// by hand (or handed back to the derivation from incidents and maintenance). Each change is audited and refreshes the
/// public page. The API and the management page <c>/beheer/status/onderdelen</c> use it.</summary>
internal sealed class CatalogEditor(StatusPageDbContext db, StatusAudit audit, StatusPageCache cache, TimeProvider clock)
{
    public const int NameMaxLength = 120;
    public const int SlugMinLength = 2;
    public const int SlugMaxLength = 80;

    public async Task<Outcome<Product>> AddProductAsync(ProductRequest r, Guid? userId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var slug = AddressName.Normalize(r.Slug);
        if (AddressName.Check(slug, SlugMinLength, SlugMaxLength) is { } wrong) errors["slug"] = [wrong];
        else if (await db.Products.AnyAsync(p => p.Slug == slug, ct)) errors["slug"] = ["Er is al een product met deze adresnaam."];
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > NameMaxLength) errors["name"] = [$"Geef het product een naam (maximaal {NameMaxLength} tekens)."];
        if (errors.Count > 0) return Outcome<Product>.Invalid(errors);
        var now = clock.GetUtcNow();
        var p = new Product { Id = Guid.CreateVersion7(now), Slug = slug, Name = r.Name!.Trim(), Description = r.Description?.Trim(), SortOrder = r.SortOrder, CreatedAt = now };
        db.Products.Add(p);
        audit.Record(userId, "product.added", p.Id, r);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        return Outcome<Product>.Success(p);
    }

    public async Task<Outcome<Component>> AddComponentAsync(Guid productId, ComponentRequest r, Guid? userId, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId, ct)) return Outcome<Component>.Missing();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > NameMaxLength)
            return Outcome<Component>.Invalid("name", $"Geef het onderdeel een naam (maximaal {NameMaxLength} tekens).");
        var now = clock.GetUtcNow();
        var c = new Component
        {
            Id = Guid.CreateVersion7(now), ProductId = productId, Name = r.Name.Trim(), Group = string.IsNullOrWhiteSpace(r.Group) ? null : r.Group.Trim(),
            SortOrder = r.SortOrder, TrackedSince = now,
        };
        db.Components.Add(c);
        audit.Record(userId, "component.added", c.Id, r);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        return Outcome<Component>.Success(c);
    }

    /// <summary><paramref name="status"/> null or empty: the component's status is derived again from its incidents and
    /// maintenance.</summary>
    public async Task<Outcome<Component>> SetManualStatusAsync(Guid componentId, string? status, Guid? userId, CancellationToken ct)
    {
        var c = await db.Components.FirstOrDefaultAsync(x => x.Id == componentId, ct);
        if (c is null) return Outcome<Component>.Missing();
        ComponentStatus? manual = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!TryEnum<ComponentStatus>(status, out var parsed))
                return Outcome<Component>.Invalid("status", "Kies als status: " + Choices<ComponentStatus>() + " (of leeg).");
            manual = parsed;
        }
        audit.Record(userId, "component.status", c.Id, new { from = c.ManualStatus?.ToString(), to = manual?.ToString() });
        c.ManualStatus = manual;
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        return Outcome<Component>.Success(c);
    }
}
