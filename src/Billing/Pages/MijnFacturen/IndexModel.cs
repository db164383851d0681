using Billing.Domain;
using Billing.Invoices;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace Billing.Pages.MijnFacturen;

/// <summary>A tenant admin's own issued invoices (the tenant query filter keeps other tenants out) and announced price changes.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
internal sealed class IndexModel(BillingDbContext db, TenantContext current, TimeProvider clock) : PageModel
{
    public List<Invoice> Invoices { get; private set; } = [];
    public List<PriceListVersion> Announced { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool HasTenant => current.HasTenant;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = FeeService.Today(clock);
        Announced = [.. (await new PriceListStore(db).LoadAsync(ct)).Versions.Where(v => v.EffectiveYear > Today.Year)];
        if (!current.HasTenant) return;
        Invoices = [.. (await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Issued).ToListAsync(ct)).OrderByDescending(i => i.Year)];
    }
}
