using Billing.Persistence;
using Billing.Runs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>The invoice runs: filtered by year, trigger and local government, sorted and paged in the database, all in the URL.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class RunsModel(RunList list, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jaar")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "door")] public string? Trigger { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }

    public PageRequest Paging { get; private set; } = RunList.Request(null, null, null, null, null);
    public PagedList<InvoiceRunReport> Runs { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool Filtered => Year is not null || !string.IsNullOrWhiteSpace(Trigger) || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Invoices.FeeService.Today(clock);
        Years = [.. Enumerable.Range(Domain.PriceList.FirstBillableYear, today.Year - Domain.PriceList.FirstBillableYear + 1).Reverse()];
        // Razor Pages' own "page" route value hides the query's page from binding: read it from the query string.
        var query = Request.Query;
        Paging = RunList.Request(int.TryParse(query["page"], out var pg) ? pg : null, int.TryParse(query["size"], out var sz) ? sz : null,
            query["sort"], query["dir"], Search);
        Runs = await list.PageAsync(new RunListFilter(Year, Trigger, Paging.Search), Paging, ct);
    }
}
