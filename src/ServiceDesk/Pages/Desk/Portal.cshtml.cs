using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Paging;
using ServiceDesk.Queue;

namespace ServiceDesk.Pages.Desk;

/// <summary>The portal of a tenant's reporters and admins: their tenant's incidents, newest first.</summary>
[Authorize(Policy = Policies.Reporter)]
internal sealed class PortalModel(IncidentQueries queries) : PageModel
{
    public PagedList<IncidentRow> Incidents { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    /// <summary>Search (zoek: number or part of the title), sort and page from the query string; clamped.</summary>
    public PageRequest Query { get; private set; } = IncidentQueries.NewestFirst(null, null, null);

    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }

    /// <summary><c>open</c>: only what still needs the desk (the home page's figure links here).</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public bool OnlyOpen => Status == "open";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        if (actor.IsStaff) return Redirect("/servicedesk/wachtrij");
        var q = HttpContext.Request.Query;
        Query = IncidentQueries.NewestFirst(int.TryParse(q["page"], out var page) ? page : null, q["sort"], q["dir"]);
        var outcome = await queries.PageAsync(actor, new IncidentFilter(Open: OnlyOpen, Search: Zoek), Query, ct);
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: _ => "zoek");
            return Page();
        }
        Incidents = outcome.Value!;
        return Page();
    }
}
