using Billing.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>Every imported bank statement: searched by file name or statement id, sorted and paged in the database.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class UittrekselsModel(PaymentLists lists) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }

    public PageRequest Paging { get; private set; } = PaymentLists.ImportRequest(null, null, null, null, null);
    public PagedList<BankImport> Imports { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Razor Pages' own "page" route value hides the query's page from binding: read it from the query string.
        var query = Request.Query;
        Paging = PaymentLists.ImportRequest(int.TryParse(query["page"], out var pg) ? pg : null, int.TryParse(query["size"], out var sz) ? sz : null,
            query["sort"], query["dir"], Search);
        Imports = await lists.ImportsAsync(Paging, ct);
    }
}
