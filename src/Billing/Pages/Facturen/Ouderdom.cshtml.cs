using Billing.Payments;
using Billing.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Pages.Facturen;

internal sealed record OverdueInvoice(Invoice Invoice, PaymentState State, AgeingBucket Bucket);

/// <summary>What is still owed, by how long it is past due (0–30, 31–60, 61–90, 90+ days), and the overdue invoices behind it.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class OuderdomModel(BillingDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public AgeingReport Report { get; private set; } = null!;
    public List<OverdueInvoice> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = FeeService.Today(clock);
        var open = await OutstandingInvoices.LoadAsync(AcrossTenants.Invoices(db), Today, ct);
        Report = Ageing.Report(open.Select(o => o.AgeingItem), Today);
        Overdue = [.. open.Where(x => x.State.DaysOverdue > 0)
            .Select(x => new OverdueInvoice(x.Invoice, x.State, Ageing.BucketOf(x.Invoice.DueDate!.Value, Today)))
            .OrderByDescending(o => o.State.DaysOverdue).ThenBy(o => o.Invoice.Number, StringComparer.Ordinal)];
    }
}
