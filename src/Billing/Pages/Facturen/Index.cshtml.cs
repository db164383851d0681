using Billing.Domain;
using Billing.Issuing;
using Billing.Persistence;
using Billing.Runs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;
using Platform.Kernel.Web;

namespace Billing.Pages.Facturen;

/// <summary>Finance's overview: invoices of a year by status with totals, the run button and bulk issuing (after a
/// confirmation with the count and the total); the list can be searched, sorted and paged, all kept in the URL.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class IndexModel(BillingDbContext db, InvoiceList list, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jaar")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "jaarbasis")] public string? YearBasisText { get; set; }
    internal YearBasis Basis { get; private set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [TempData] public string? Message { get; set; }

    public PageRequest Paging { get; private set; } = InvoiceList.Request(null, null, null, null, null);
    internal PagedList<Invoice> Invoices { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);
    /// <summary>Count and total of the drafts matching the filters on every page: what "alle ontwerpen uitgeven" issues.</summary>
    internal DraftsSummary MatchingDrafts { get; private set; } = new(0, 0m);
    private InvoiceListFilter? _filter;
    /// <summary>Invoices of the year before filtering (tells an empty year from an empty search).</summary>
    public int YearCount { get; private set; }
    public Confirmation? Confirm { get; private set; }
    internal List<StatusTotal> Totals { get; private set; } = [];
    internal DateOnly Today { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int SelectedYear => Year ?? Today.Year;
    /// <summary>Selected drafts that would become e-invoices Peppol refuses; issuing waits for finance to go on knowingly.</summary>
    internal List<Invoice> LackingReference { get; private set; } = [];
    public Guid[] Selected { get; private set; } = [];

    /// <summary>Filters, sort and page come from the query string; the database filters, sorts and pages (InvoiceList).</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = FeeService.Today(clock);
        Years = [.. Enumerable.Range(PriceList.FirstBillableYear, Today.Year - PriceList.FirstBillableYear + 1).Reverse()];
        if (!YearBases.TryParse(YearBasisText, out var basis))
            ModelState.AddModelError("jaarbasis", "Kies gefactureerd jaar of factuurdatum.");
        Basis = basis;
        Totals = await list.TotalsAsync(SelectedYear, Basis, ct);
        YearCount = Totals.Sum(t => t.Count);
        // Razor Pages' own "page" route value hides the query's page from binding: read it from the query string.
        var query = Request.Query;
        Paging = InvoiceList.Request(int.TryParse(query["page"], out var pg) ? pg : null, int.TryParse(query["size"], out var sz) ? sz : null,
            query["sort"], query["dir"], Search);
        var filter = new InvoiceListFilter(SelectedYear, Basis, Status, Paging.Search);
        _filter = filter;
        MatchingDrafts = await list.MatchingDraftsSummaryAsync(filter, ct);
        Invoices = await list.PageAsync(filter, Paging, ct);
    }

    private string ListHref(int year) => Url.Page("Index", new { jaar = year, status = Status, q = Search }) ?? "/facturen";

    public async Task<IActionResult> OnPostRunAsync([FromServices] InvoiceRunner runner, int year, CancellationToken ct)
    {
        var today = FeeService.Today(clock);
        if (year < PriceList.FirstBillableYear || year > today.Year)
        {
            Message = $"Kies een jaar van {PriceList.FirstBillableYear} tot en met {today.Year}.";
            return RedirectToPage(new { jaar = today.Year });
        }
        var report = await runner.RunAsync(year, RunTrigger.Manual, PlatformClaims.UserId(User), ct);
        return RedirectToPage("Run", new { id = report.Id });
    }

    public async Task<IActionResult> OnPostIssueAsync([FromServices] CheckedIssuing issuing, int year, Guid[]? selected, bool knowingly,
        bool confirmed, bool alles, CancellationToken ct)
    {
        var ids = selected ?? [];
        if (alles)
        {
            // "Select all": every draft matching the list's filters, on every page.
            Year = year;
            await OnGetAsync(ct);
            ids = [.. await list.MatchingDraftIdsAsync(_filter!, ct)];
        }
        if (ids.Length == 0)
        {
            Message = "Selecteer eerst de ontwerpfacturen die je wilt uitgeven.";
            return RedirectToPage(new { jaar = year, status = Status, q = Search });
        }
        if (!confirmed)
            return await ConfirmIssueAsync(year, ids, ct);
        var batch = Guid.CreateVersion7(clock.GetUtcNow());
        var issue = await issuing.IssueAsync(ids, knowingly, PlatformClaims.UserId(User), batch, ct);
        if (issue.Blocked)
        {
            // No number is taken yet: finance fills in the references on the drafts, or goes on knowingly.
            Year = year;
            await OnGetAsync(ct);
            LackingReference = [.. issue.Lacking];
            Selected = ids;
            return Page();
        }
        var results = issue.Results;
        var issued = results.Count(r => r.Ok);
        var problems = results.Where(r => !r.Ok).Select(r => r.Reason()).ToList();
        Message = $"{issued} {(issued == 1 ? "factuur" : "facturen")} uitgegeven." +
            (problems.Count > 0 ? $" {problems.Count} niet: {string.Join(" ", problems.Distinct())}" : "") +
            (issued > 0 ? " Ze worden op de achtergrond per e-mail verstuurd." : "");
        // The sending page follows the batch's mails as they go out.
        return issued > 0 ? RedirectToPage("Verzending", new { reeks = batch }) : RedirectToPage(new { jaar = year });
    }

    /// <summary>Issuing takes numbers and mails every customer: the page first shows how many drafts and which total.</summary>
    private async Task<IActionResult> ConfirmIssueAsync(int year, Guid[] ids, CancellationToken ct)
    {
        var drafts = await AcrossTenants.Invoices(db).AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.Status == InvoiceStatus.Draft).ToListAsync(ct);
        Year = year;
        await OnGetAsync(ct);
        if (drafts.Count == 0)
        {
            Message = "De geselecteerde ontwerpen zijn intussen al uitgegeven of bestaan niet meer.";
            return RedirectToPage(new { jaar = year, status = Status, q = Search });
        }
        var count = drafts.Count == 1 ? "1 factuur" : $"{drafts.Count} facturen";
        var total = drafts.Sum(i => i.Amount);
        Confirm = new Confirmation($"{count} uitgeven?", Url.Page("Index", "Issue") ?? "/facturen?handler=Issue",
            $"Ja, {count} uitgeven", ListHref(year))
        {
            Lines =
            [
                "Uitgeven kan niet ongedaan worden gemaakt: elke factuur krijgt een definitief nummer en wordt per e-mail naar het lokaal bestuur verstuurd. " +
                "Een fout rechtzetten kan daarna alleen met een creditnota.",
                drafts.Count <= 10 ? "Lokale besturen: " + string.Join(", ", drafts.Select(d => d.CustomerName).Order(StringComparer.CurrentCulture)) + "."
                    : $"Lokale besturen: {string.Join(", ", drafts.Select(d => d.CustomerName).Order(StringComparer.CurrentCulture).Take(10))} en {drafts.Count - 10} andere.",
            ],
            Facts = [new("Aantal facturen", drafts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Totaal", Dutch.Money(total))],
            Hidden =
            [
                new("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("confirmed", "true"),
                new("status", Status ?? ""),
                new("q", Search ?? ""),
                .. drafts.Select(d => new KeyValuePair<string, string>("selected", d.Id.ToString())),
            ],
        };
        return Page();
    }
}
