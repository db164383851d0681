using System.Security.Claims;
using Billing.Domain;
using Billing.Payments;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Billing.Stripe;

namespace Billing.Pages.MijnFacturen;

/// <summary>A tenant admin's own issued invoices (the tenant query filter keeps other tenants out) with what is still open,
/// online payment when Stripe is on, and announced price changes.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
internal sealed class IndexModel(BillingDbContext db, TenantContext current, StripePayments stripe, TimeProvider clock, ILogger<IndexModel> log) : PageModel
{
    [TempData] public string? Message { get; set; }

    /// <summary><c>te-betalen</c>: only invoices with something still open (the home page's figure links here).</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public bool OnlyToPay => Status == "te-betalen";

    public List<Invoice> Invoices { get; private set; } = [];
    public List<PriceListVersion> Announced { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool HasTenant => current.HasTenant;
    public bool OnlinePayment => stripe.Enabled;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = FeeService.Today(clock);
        Announced = [.. (await new PriceListStore(db).LoadAsync(ct)).Versions.Where(v => v.EffectiveYear > Today.Year)];
        if (!current.HasTenant) return;
        Invoices = OnlyToPay
            ? [.. (await OutstandingInvoices.LoadAsync(db.Invoices, Today, ct)).Select(o => o.Invoice).OrderByDescending(i => i.Year)]
            : [.. (await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Issued).ToListAsync(ct)).OrderByDescending(i => i.Year)];
    }

    /// <summary>Checkout for exactly what is still open; Stripe's page then takes over.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        if (!current.HasTenant) return NotFound();
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.Status == InvoiceStatus.Issued, ct);
        if (invoice is null) return NotFound();
        Outcome<PaymentPage> outcome;
        try
        {
            outcome = await stripe.CheckoutAsync(invoice, User.FindFirstValue(ClaimTypes.Email), ct);
        }
        catch (Exception e) when (e is global::Stripe.StripeException or HttpRequestException)
        {
            log.LogWarning(e, "Stripe checkout for invoice {InvoiceId} failed", invoice.Id);
            outcome = Outcome<PaymentPage>.Conflicting("Online betalen lukt nu niet. Probeer later opnieuw of betaal met een overschrijving met de gestructureerde mededeling.");
        }
        if (outcome.Ok) return Redirect(outcome.Value!.Url);
        Message = $"Factuur {invoice.Number}: {outcome.Conflict}";
        return RedirectToPage();
    }
}
