using Billing.Persistence;
using Billing.Runs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

/// <summary>One run report: what was prepared, skipped and why.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class RunModel(BillingDbContext db) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public InvoiceRunReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var report = await db.Runs.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == Id, ct);
        if (report is null) return NotFound();
        Report = report;
        return Page();
    }

    public static string OutcomeText(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Prepared => "Ontwerp opgemaakt",
        RunOutcome.AlreadyExists => "Bestond al",
        RunOutcome.NeedsAttention => "Actie nodig",
        _ => "Niet verschuldigd",
    };

    public static string TriggerText(RunTrigger trigger) => trigger == RunTrigger.Daily ? "Dagelijkse taak" : "Gestart door financiën";
}
