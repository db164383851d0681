using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Tenants.Directory;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class LokaleBesturenModel(TenantsDbContext db) : PageModel
{
    public IReadOnlyList<(Tenant Tenant, int? Version)> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().Include(t => t.Inhabitants).OrderBy(t => t.Name).ToListAsync(ct);
        var versions = await db.Versions.IgnoreQueryFilters().GroupBy(v => v.TenantId)
            .Select(g => new { g.Key, Max = g.Max(v => v.Number) }).ToDictionaryAsync(x => x.Key, x => x.Max, ct);
        Tenants = tenants.Select(t => (t, versions.TryGetValue(t.Id, out var n) ? (int?)n : null)).ToList();
    }
}
