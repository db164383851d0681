using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Persistence;

namespace Tenants.Checklist;

/// <summary>The reads of the onboarding checklist, for the API, the pages and the home figures alike: the current tenant's
/// items, and progress (done of total) over tenants for the tenants list.</summary>
internal sealed class ChecklistReader(TenantsDbContext db, IPlatformUsers users, TenantContext current)
{
    /// <summary>Steps done and total per tenant, for the tenants list (platform admins: the tenant filter is bypassed on purpose).</summary>
    public async Task<Dictionary<Guid, (int Done, int Total)>> ProgressOfAllAsync(CancellationToken ct)
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
    public async Task<Dictionary<Guid, (int Done, int Total)>> ProgressOfAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
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

    /// <summary>The current tenant's checklist; null without a (known) tenant.</summary>
    public async Task<IReadOnlyList<OnboardingChecklist.Item>?> OfCurrentAsync(CancellationToken ct)
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
