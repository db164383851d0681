using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Tenants.Directory;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class LokaleBesturenModel(TenantsDbContext db, IPlatformUsers users, TimeProvider clock) : PageModel
{
    /// <summary><c>onboarding</c>, <c>live</c> or <c>stopgezet</c> (<see cref="TenantStages"/>); anything else shows all.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    internal TenantStage? Stage => TenantStages.Parse(Status);

    public IReadOnlyList<Onboarding.OnboardingRequest> Pending { get; private set; } = [];

    public IReadOnlyList<(Tenant Tenant, int? Version)> Tenants { get; private set; } = [];

    public string? Message { get; private set; }

    public Dictionary<Guid, (int Done, int Total)> Progress { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["message"] as string;
        var today = Platform.Kernel.Formatting.Dutch.Today(clock);
        var tenants = (await db.Tenants.AsNoTracking().Include(t => t.Inhabitants).OrderBy(t => t.Name).ToListAsync(ct))
            .Where(t => Stage is not { } s || TenantStages.Of(t, today) == s).ToList();
        var versions = await db.Versions.IgnoreQueryFilters().GroupBy(v => v.TenantId)
            .Select(g => new { g.Key, Max = g.Max(v => v.Number) }).ToDictionaryAsync(x => x.Key, x => x.Max, ct);
        Pending = (await db.OnboardingRequests.AsNoTracking().Where(r => r.Status == Onboarding.OnboardingRequestStatus.Pending).ToListAsync(ct))
            .OrderBy(r => r.RequestedAt).ToList();
        Progress = await Checklist.ChecklistApi.ProgressOfAllAsync(db, users, ct);
        Tenants = tenants.Select(t => (t, versions.TryGetValue(t.Id, out var n) ? (int?)n : null)).ToList();
    }
}
