using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.Incidents;
using ServiceDesk.Queue;

namespace ServiceDesk.Pages.Desk;

/// <summary>The portal of a tenant's reporters and admins: their tenant's incidents, newest first.</summary>
[Authorize(Policy = Policies.Reporter)]
internal sealed class PortalModel(IncidentQueries queries) : PageModel
{
    public IReadOnlyList<IncidentRow> Incidents { get; private set; } = [];

    /// <summary><c>open</c>: only what still needs the desk (the home page's figure links here).</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public bool OnlyOpen => Status == "open";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        if (actor.IsStaff) return Redirect("/servicedesk/wachtrij");
        var outcome = await queries.ListAsync(actor, new IncidentFilter(Open: OnlyOpen), ct);
        Incidents = outcome.Value!.OrderByDescending(r => r.Incident.ReportedAt).ToList();
        return Page();
    }
}
