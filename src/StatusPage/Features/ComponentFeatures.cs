using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using StatusPage.Auditing;
using StatusPage.Persistence;
using StatusPage.Public;

namespace StatusPage.Features;

/// <summary>Records which app features a component serves (keys from the Tenants module's catalogue), so a city
/// sees only the components behind its app.</summary>
internal sealed class ComponentFeatures(StatusPageDbContext db, IPublishedAppFeatures features, StatusAudit audit, StatusPageCache cache)
{
    public async Task<Outcome<Done>> SetAsync(Guid componentId, IReadOnlyList<string>? keys, Guid? userId, CancellationToken ct)
    {
        var component = await db.Components.FirstOrDefaultAsync(c => c.Id == componentId, ct);
        if (component is null) return Outcome<Done>.Missing();
        var known = features.Catalogue.Select(f => f.Key).ToList();
        var chosen = (keys ?? []).Select(k => k?.Trim() ?? "").Where(k => k.Length > 0).Distinct().ToList();
        if (chosen.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            return Outcome<Done>.Invalid("featureKeys", $"De functie \"{unknown}\" bestaat niet. Kies uit: {string.Join(", ", known)}.");
        var value = string.Join(',', known.Where(chosen.Contains));
        audit.Record(userId, "component.features", component.Id, new { from = component.FeatureKeys, to = value });
        component.FeatureKeys = value;
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return Outcome<Done>.Success(Done.Value);
    }
}
