using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;

namespace Billing.Invoices;

/// <summary>Records that a tenant's year was invoiced outside the platform, with that invoice's reference: the year's
/// draft (or a new invoice row) becomes "recorded outside" and no draft is prepared for it afterwards. Refused for a year
/// already issued or recorded, and when a draft was made for the year meanwhile. The API and finance's tenant page use it.</summary>
internal sealed class OutsideInvoicing(BillingDbContext db, TimeProvider clock)
{
    public const int ReferenceMaxLength = 200;

    public async Task<Outcome<Invoice>> RecordAsync(TenantSummary tenant, int year, string? reference, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (year < PriceList.FirstBillableYear || year > FeeService.Today(clock).Year + 1)
            errors["year"] = [$"Kies een jaar vanaf {PriceList.FirstBillableYear}."];
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > ReferenceMaxLength)
            errors["reference"] = [$"Geef de referentie van de factuur die buiten het platform werd verstuurd (hoogstens {ReferenceMaxLength} tekens)."];
        if (errors.Count > 0) return Outcome<Invoice>.Invalid(errors);

        var now = clock.GetUtcNow();
        var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.Year == year, ct);
        if (invoice is { Status: not InvoiceStatus.Draft })
            return Outcome<Invoice>.Conflicting(invoice.Status == InvoiceStatus.Issued
                ? $"Voor {year} is al factuur {invoice.Number} uitgegeven."
                : $"{year} werd al als buiten het platform gefactureerd geregistreerd.", "year");
        if (invoice is null)
        {
            invoice = new Invoice
            {
                Id = Guid.CreateVersion7(now), Year = year, CustomerName = tenant.Name, CustomerKbo = tenant.Kbo,
                CustomerStreet = tenant.Street, CustomerPostalCode = tenant.PostalCode, CustomerCity = tenant.City,
                TierName = "", Explanation = "", CreatedAt = now,
                PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31),
            };
            db.Invoices.Add(invoice);
        }
        invoice.Status = InvoiceStatus.RecordedOutside;
        invoice.OutsideReference = reference!.Trim();
        invoice.Explanation = $"Buiten het platform gefactureerd: {invoice.OutsideReference}.";
        invoice.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Invoice>.Conflicting("Intussen werd voor dit jaar een factuur opgemaakt; probeer opnieuw.", "year");
        }
        return Outcome<Invoice>.Success(invoice);
    }
}
