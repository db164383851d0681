using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Persistence;

namespace Tenants.Checklist;

internal static class ChecklistApi
{
    public sealed record ChecklistResponse(bool ReadyForGoLive, IReadOnlyList<OnboardingChecklist.Item> Items);

    public static void MapChecklistApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tenants/{tenant}/checklist", Get).WithTags("Tenants").RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("What the onboarding still lacks before go-live.");

    private static async Task<Results<Ok<ChecklistResponse>, NotFound>> Get(TenantContext current, TenantsDbContext db, IPlatformUsers users, CancellationToken ct) =>
        await LoadAsync(current, db, users, ct) is { } items ? TypedResults.Ok(new ChecklistResponse(items.All(i => i.Done), items)) : TypedResults.NotFound();

    /// <summary>Steps done and total per tenant, for the tenants list (platform admins: the tenant filter is bypassed on purpose).</summary>
    internal static async Task<Dictionary<Guid, (int Done, int Total)>> ProgressOfAllAsync(TenantsDbContext db, IPlatformUsers users, CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Include(x => x.Inhabitants).ToListAsync(ct);
        var roles = (await AcrossTenants.Contacts(db).AsNoTracking().Select(c => new { c.TenantId, c.Role }).ToListAsync(ct))
            .ToLookup(c => c.TenantId, c => c.Role);
        var published = (await AcrossTenants.Versions(db).Select(v => v.TenantId).Distinct().ToListAsync(ct)).ToHashSet();
        var result = new Dictionary<Guid, (int, int)>();
        foreach (var t in tenants)
        {
            var admins = await users.ListAsync(t.Id, Roles.TenantAdmin, ct);
            var items = OnboardingChecklist.For(new(t.NisCode is not null, t.Inhabitants.Count > 0, t.ContractSignedOn is not null,
                roles[t.Id].ToHashSet(), admins.Count > 0, published.Contains(t.Id), t.AppStoreDate is not null, t.PlayStoreDate is not null));
            result[t.Id] = (items.Count(i => i.Done), items.Count);
        }
        return result;
    }

    /// <summary>Steps done and total for some tenants only (one page of the tenants list; platform admins only).</summary>
    internal static async Task<Dictionary<Guid, (int Done, int Total)>> ProgressOfAsync(TenantsDbContext db, IPlatformUsers users,
        IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Include(x => x.Inhabitants).Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        var roles = (await AcrossTenants.Contacts(db).AsNoTracking().Where(c => ids.Contains(c.TenantId))
            .Select(c => new { c.TenantId, c.Role }).ToListAsync(ct)).ToLookup(c => c.TenantId, c => c.Role);
        var published = (await AcrossTenants.Versions(db).Where(v => ids.Contains(v.TenantId)).Select(v => v.TenantId)
            .Distinct().ToListAsync(ct)).ToHashSet();
        var result = new Dictionary<Guid, (int, int)>();
        foreach (var t in tenants)
        {
            var admins = await users.ListAsync(t.Id, Roles.TenantAdmin, ct);
            var items = OnboardingChecklist.For(new(t.NisCode is not null, t.Inhabitants.Count > 0, t.ContractSignedOn is not null,
                roles[t.Id].ToHashSet(), admins.Count > 0, published.Contains(t.Id), t.AppStoreDate is not null, t.PlayStoreDate is not null));
            result[t.Id] = (items.Count(i => i.Done), items.Count);
        }
        return result;
    }

    internal static async Task<IReadOnlyList<OnboardingChecklist.Item>?> LoadAsync(TenantContext current, TenantsDbContext db, IPlatformUsers users, CancellationToken ct)
    {
        if (current.TenantId is not { } id) return null;
        var t = await db.Tenants.AsNoTracking().Include(x => x.Inhabitants).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return null;
        var roles = (await db.Contacts.AsNoTracking().Select(c => c.Role).ToListAsync(ct)).ToHashSet();
        var admins = await users.ListAsync(id, Roles.TenantAdmin, ct);
        var published = await db.Versions.AnyAsync(ct);
        return OnboardingChecklist.For(new(t.NisCode is not null, t.Inhabitants.Count > 0, t.ContractSignedOn is not null, roles,
            admins.Count > 0, published, t.AppStoreDate is not null, t.PlayStoreDate is not null));
    }
}
