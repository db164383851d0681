using System.ComponentModel.DataAnnotations;
using Billing.Domain;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Platform.Kernel.Web;

namespace Billing.Pages.Facturen;

/// <summary>A tenant's billing history for finance: every year from 2023 with its invoice or why there is none,
/// and recording a year invoiced outside the platform. <c>{tenant}</c> lets the middleware resolve the tenant.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class TenantModel(BillingDbContext db, ITenantDirectory directory, TenantContext current, TimeProvider clock) : PageModel
{
    [BindProperty, Display(Name = "Jaar")] public int? OutsideYear { get; set; }
    [BindProperty] public string? OutsideReference { get; set; }
    [TempData] public string? Message { get; set; }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.OrdinalIgnoreCase); // "outsideYear" from a refused value is OutsideYear

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);
    public TenantSummary Tenant { get; private set; } = null!;
    public List<(int Year, Invoice? Invoice, FeeCalculation Fee)> Years { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOutsideAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var year = OutsideYear ?? 0;
        if (Years.All(y => y.Year != year)) Errors["OutsideYear"] = ["Kies een jaar uit de lijst."];
        if (string.IsNullOrWhiteSpace(OutsideReference) || OutsideReference.Length > 200)
            Errors["OutsideReference"] = ["Geef de referentie van de factuur die buiten het platform werd verstuurd (hoogstens 200 tekens)."];
        var existing = Years.FirstOrDefault(y => y.Year == year).Invoice;
        if (existing is { Status: not InvoiceStatus.Draft }) Errors["OutsideYear"] = [$"Voor {year} bestaat al een uitgegeven of geregistreerde factuur."];
        if (Errors.Count > 0) return Page();

        var invoice = existing is null ? null : await db.Invoices.FirstAsync(i => i.Id == existing.Id, ct);
        if (invoice is null)
        {
            invoice = new Invoice
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), Year = year, CustomerName = Tenant.Name, CustomerKbo = Tenant.Kbo,
                CustomerStreet = Tenant.Street, CustomerPostalCode = Tenant.PostalCode, CustomerCity = Tenant.City,
                TierName = "", Explanation = "", CreatedAt = clock.GetUtcNow(), PeriodStart = new(year, 1, 1), PeriodEnd = new(year, 12, 31),
            };
            db.Invoices.Add(invoice);
        }
        invoice.Status = InvoiceStatus.RecordedOutside;
        invoice.OutsideReference = OutsideReference!.Trim();
        invoice.Explanation = $"Buiten het platform gefactureerd: {invoice.OutsideReference}.";
        invoice.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            Errors["OutsideYear"] = ["Intussen werd voor dit jaar een factuur opgemaakt; probeer opnieuw."];
            return Page();
        }
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
