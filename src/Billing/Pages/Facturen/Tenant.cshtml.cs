using System.ComponentModel.DataAnnotations;
using Billing.Domain;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace Billing.Pages.Facturen;

/// <summary>A tenant's billing history for finance: every year from 2023 with its invoice or why there is none,
/// and recording a year invoiced outside the platform. <c>{tenant}</c> lets the middleware resolve the tenant.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class TenantModel(BillingDbContext db, ITenantDirectory directory, TenantContext current, OutsideInvoicing outside, TimeProvider clock) : PageModel
{
    [BindProperty, Display(Name = "Jaar")] public int? OutsideYear { get; set; }
    [BindProperty] public string? OutsideReference { get; set; }
    [TempData] public string? Message { get; set; }

    public TenantSummary Tenant { get; private set; } = null!;
    public List<(int Year, Invoice? Invoice, FeeCalculation Fee)> Years { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOutsideAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var year = OutsideYear ?? 0;
        var recorded = await outside.RecordAsync(Tenant, year, OutsideReference, ct);
        if (!recorded.Into(ModelState, fieldName: f => f switch { "year" => nameof(OutsideYear), "reference" => nameof(OutsideReference), _ => "" }))
            return Page(); // refused: nothing changed, so the years loaded above still hold
        Message = $"{year} is geregistreerd als buiten het platform gefactureerd.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (current.TenantId is not { } id || await directory.FindAsync(id, ct) is not { } tenant) return false;
        Tenant = tenant;
        Today = FeeService.Today(clock);
        var invoices = await db.Invoices.AsNoTracking().ToListAsync(ct);
        var priceList = await new PriceListStore(db).LoadAsync(ct);
        Years = [.. Enumerable.Range(PriceList.FirstBillableYear, Today.Year - PriceList.FirstBillableYear + 1).Reverse()
            .Select(y => (y, invoices.FirstOrDefault(i => i.Year == y), FeeService.Calculate(tenant, y, priceList)))];
        return true;
    }
}
