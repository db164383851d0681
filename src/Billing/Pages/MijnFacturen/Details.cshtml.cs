using Billing.Persistence;
using Billing.Timeline;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace Billing.Pages.MijnFacturen;

/// <summary>One of the tenant's own issued invoices with its timeline (without finance's internal items). Opening it is
/// recorded as "viewed" on finance's timeline.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
internal sealed class DetailsModel(BillingDbContext db, TenantContext current, InvoiceTimeline timeline, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    public Invoice Invoice { get; private set; } = null!;
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!current.HasTenant) return NotFound();
        // The tenant query filter keeps other tenants' invoices out.
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id && i.Status == InvoiceStatus.Issued, ct);
        if (invoice is null) return NotFound();
        Invoice = invoice;
        Today = FeeService.Today(clock);
        if (!User.IsInRole(Roles.PlatformAdmin))
            await InvoiceTimeline.RecordViewAsync(db, invoice, PlatformClaims.UserId(User), ViewKind.Opened, clock.GetUtcNow(), ct);
        Timeline = await timeline.ForAsync(Id, forTenant: true, ct) ?? [];
        return Page();
    }
}
