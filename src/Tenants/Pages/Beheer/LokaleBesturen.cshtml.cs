using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;
using Tenants.Directory;
using Tenants.Persistence;

namespace Tenants.Pages.Beheer;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class LokaleBesturenModel(TenantsDbContext db, TenantList list, TimeProvider clock) : PageModel
{
    /// <summary><c>onboarding</c>, <c>live</c> or <c>stopgezet</c> (<see cref="TenantStages"/>); anything else shows all.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    internal TenantStage? Stage => TenantStages.Parse(Status);

    public IReadOnlyList<Onboarding.OnboardingRequest> Pending { get; private set; } = [];

    public PageRequest Query { get; private set; } = TenantList.Request(null, null, null, null, null);

    public PagedList<TenantListItem> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public string? Message { get; private set; }

    /// <summary>Search, sort and page come from the query string (q, sort, dir, page); bad values are clamped.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["message"] as string;
        // Read from the query string itself: in Razor Pages "page" is also the route value naming the page.
        var q = HttpContext.Request.Query;
        Query = TenantList.Request(int.TryParse(q["page"], out var page) ? page : null, null, q["sort"], q["dir"], q["q"]);
        Result = await list.ListAsync(Query, ct, Stage, Platform.Kernel.Formatting.Dutch.Today(clock));
        Pending = (await db.OnboardingRequests.AsNoTracking().Where(r => r.Status == Onboarding.OnboardingRequestStatus.Pending).ToListAsync(ct))
            .OrderBy(r => r.RequestedAt).ToList();
    }
}
