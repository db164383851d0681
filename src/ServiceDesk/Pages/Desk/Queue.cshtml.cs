using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Paging;
using ServiceDesk.Queue;

namespace ServiceDesk.Pages.Desk;

/// <summary>The agents' queue: open incidents of all tenants, nearest due time first.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class QueueModel(IncidentQueries queries, ITenantDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Tenant { get; set; }
    [BindProperty(SupportsGet = true)] public string? Priority { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Breached { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public string? Vervalt { get; set; }

    public PagedList<IncidentRow> Rows { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    /// <summary>Sort (vervalt, nummer, prioriteit, gemeld, titel, status), direction and page from the query string; clamped.</summary>
    public PageRequest Query { get; private set; } = IncidentQueries.Request(null, null, null, null, null);

    public IReadOnlyList<TenantSummary> TenantChoices { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Tenant) || !string.IsNullOrWhiteSpace(Priority) || !string.IsNullOrWhiteSpace(Status)
        || !string.IsNullOrWhiteSpace(Breached) || !string.IsNullOrWhiteSpace(Assignee) || !string.IsNullOrWhiteSpace(Zoek);

    public IReadOnlyList<(Guid Id, string Name)> Assignees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Guid? assignee = Assignee == "mij" ? actor.Id : Guid.TryParse(Assignee, out var a) ? a : null;
        var filter = new IncidentFilter(Tenant, Priority, Status, Breached switch { "ja" => true, "nee" => false, _ => null }, assignee, Search: Zoek, Due: Vervalt);
        var q = HttpContext.Request.Query;
        Query = IncidentQueries.Request(int.TryParse(q["page"], out var page) ? page : null, null, q["sort"], q["dir"], null);
        TenantChoices = (await directory.AllAsync(ct)).OrderBy(t => t.Name).ToList();
        var outcome = await queries.PageAsync(actor, filter, Query, ct);
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: _ => "");
            return;
        }
        Rows = outcome.Value!;
        Assignees = await queries.AssigneesAsync(actor, ct);
    }
}
