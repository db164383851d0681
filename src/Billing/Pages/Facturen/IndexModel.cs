using Billing.Api;
using Billing.Domain;
using Billing.Invoices;
using Billing.Issuing;
using Billing.Persistence;
using Billing.Runs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>Finance's overview: invoices of a year by status with totals, the run button and bulk issuing.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class IndexModel(BillingDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jaar")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "jaarbasis")] public string? YearBasisText { get; set; }
    internal YearBasis Basis { get; private set; }
    public string? BasisError { get; private set; }
    [TempData] public string? Message { get; set; }

    internal List<Invoice> Invoices { get; private set; } = [];
    internal List<(DisplayStatus Status, int Count, decimal Total)> Totals { get; private set; } = [];
    internal DateOnly Today { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int SelectedYear => Year ?? Today.Year;
    /// <summary>Selected drafts that would become e-invoices Peppol refuses; issuing waits for finance to go on knowingly.</summary>
    internal List<Invoice> LackingReference { get; private set; } = [];
    public Guid[] Selected { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = FeeService.Today(clock);
        Years = [.. Enumerable.Range(PriceList.FirstBillableYear, Today.Year - PriceList.FirstBillableYear + 1).Reverse()];
        if (!YearBases.TryParse(YearBasisText, out var basis))
            BasisError = "Kies gefactureerd jaar of factuurdatum.";
        Basis = basis;
        var all = await db.Invoices.IgnoreQueryFilters().AsNoTracking().InYear(SelectedYear, Basis).ToListAsync(ct);
        Totals = [.. all.GroupBy(i => i.DisplayStatusOn(Today)).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Sum(i => i.Amount)))];
        Invoices = [.. all.Where(i => Status is null or "" || (DisplayStatusText.TryParse(Status, out var s) && i.DisplayStatusOn(Today) == s))
            .OrderBy(i => i.Status).ThenBy(i => i.Sequence).ThenBy(i => i.CustomerName)];
    }

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

    public async Task<IActionResult> OnPostIssueAsync([FromServices] CheckedIssuing issuing, int year, Guid[]? selected, bool knowingly, CancellationToken ct)
    {
        var ids = selected ?? [];
        if (ids.Length == 0)
        {
            Message = "Selecteer eerst de ontwerpfacturen die je wilt uitgeven.";
            return RedirectToPage(new { jaar = year });
        }
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
        var issued = results.Count(r => r.Outcome == IssueOutcome.Done);
        var problems = results.Where(r => r.Outcome != IssueOutcome.Done).Select(r => r.Problem ?? "Onbekende fout.").ToList();
        Message = $"{issued} {(issued == 1 ? "factuur" : "facturen")} uitgegeven." +
            (problems.Count > 0 ? $" {problems.Count} niet: {string.Join(" ", problems.Distinct())}" : "") +
            (issued > 0 ? " Ze worden op de achtergrond per e-mail verstuurd." : "");
        // The sending page follows the batch's mails as they go out.
        return issued > 0 ? RedirectToPage("Verzending", new { reeks = batch }) : RedirectToPage(new { jaar = year });
    }
}
