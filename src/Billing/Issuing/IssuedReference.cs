using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;

namespace Billing.Issuing;

internal sealed record IssuedReferenceRequest(string? BuyerReference);

/// <summary>An issued invoice that went out without a buyer reference (BT-10) gets it once, so its e-invoice can still be
/// made; after that it never changes (the stored PDF stays as it was sent).</summary>
internal sealed class IssuedReference(BillingDbContext db, ITenantScopeFactory scopes)
{
    public async Task<Outcome<Invoice>> SetAsync(Guid invoiceId, IssuedReferenceRequest request, CancellationToken ct)
    {
        var (value, error) = TenantInvoiceReference.Parse(request.BuyerReference);
        if (error is not null) return Outcome<Invoice>.Invalid("buyerReference", error);
        if (value is null) return Outcome<Invoice>.Invalid("buyerReference", "Geef de referentie van de klant (Peppol BT-10).");
        var found = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (found is null) return Outcome<Invoice>.Missing();
        if (found.Status != InvoiceStatus.Issued) return Outcome<Invoice>.Conflicting("Op een ontwerp vul je de referenties in bij de referenties van het ontwerp.");
        if (found.BuyerReference is not null) return Outcome<Invoice>.Conflicting($"Deze factuur heeft al de referentie {found.BuyerReference}; die wijzigt niet meer.");
        await using var scope = await scopes.BeginAsync(found.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var invoice = await tenantDb.Invoices.FirstAsync(i => i.Id == invoiceId, ct);
        if (invoice.BuyerReference is not null) return Outcome<Invoice>.Conflicting($"Deze factuur kreeg intussen de referentie {invoice.BuyerReference}; die wijzigt niet meer.");
        invoice.BuyerReference = value;
        invoice.Version++;
        try
        {
            await tenantDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Invoice>.Conflicting("Deze factuur kreeg intussen een referentie; die wijzigt niet meer.");
        }
        return Outcome<Invoice>.Success(invoice);
    }
}
