using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.Incidents;
using ServiceDesk.Queue;

namespace ServiceDesk.Pages.Desk;

/// <summary>The agents' queue: open incidents of all tenants, nearest due time first.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class QueueModel(IncidentQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Tenant { get; set; }
    [BindProperty(SupportsGet = true)] public string? Priority { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Breached { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public string? Vervalt { get; set; }

    public IReadOnlyList<IncidentRow> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Assignees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Guid? assignee = Assignee == "mij" ? actor.Id : Guid.TryParse(Assignee, out var a) ? a : null;
        var filter = new IncidentFilter(Tenant, Priority, Status, Breached switch { "ja" => true, "nee" => false, _ => null }, assignee, Search: Zoek, Due: Vervalt);
        var outcome = await queries.ListAsync(actor, filter, ct);
        if (!outcome.Ok)
        {
            foreach (var m in outcome.Errors!.SelectMany(e => e.Value)) ModelState.AddModelError("", m);
            return;
        }
        Rows = outcome.Value!;
        var everyone = await queries.ListAsync(actor, new IncidentFilter(), ct);
        Assignees = everyone.Value!.Where(r => r.Incident.AssigneeId is not null)
            .Select(r => (r.Incident.AssigneeId!.Value, r.Incident.AssigneeName ?? "?")).Distinct().OrderBy(x => x.Item2).ToList();
    }
}
