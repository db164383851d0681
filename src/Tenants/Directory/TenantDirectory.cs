using Platform.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Tenants.Contacts;
using Tenants.Domain.Identity;
using Tenants.Persistence;

namespace Tenants.Directory;

internal sealed class TenantDirectory(TenantsDbContext db) : ITenantDirectory
{
    public async Task<TenantSummary?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await Query().FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken)) is { } t ? ToSummary(t) : null;

    public async Task<TenantSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        (await Query().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken)) is { } t ? ToSummary(t) : null;

    public async Task<IReadOnlyList<TenantSummary>> AllAsync(CancellationToken cancellationToken = default) =>
        (await Query().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(ToSummary).ToList();

    public async Task<IReadOnlyList<InvoiceRecipient>> InvoiceRecipientsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        // Contacts are tenant-owned; billing reads them for one explicit tenant, across the filter.
        var contacts = await AcrossTenants.Contacts(db).AsNoTracking()
            .Where(c => c.TenantId == tenantId && (c.Role == ContactRole.Billing || c.Role == ContactRole.Spoc))
            .OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var billing = contacts.Where(c => c.Role == ContactRole.Billing).ToList();
        return billing.Count > 0
            ? billing.Select(c => new InvoiceRecipient(c.Name, c.Email, true)).ToList()
            : contacts.Select(c => new InvoiceRecipient(c.Name, c.Email, false)).ToList();
    }

    public async Task<IReadOnlyList<InvoiceRecipient>> BillingContactsAndSpocAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await AcrossTenants.Contacts(db).AsNoTracking()
            .Where(c => c.TenantId == tenantId && (c.Role == ContactRole.Billing || c.Role == ContactRole.Spoc))
            .OrderBy(c => c.Role).ThenBy(c => c.Name).ToListAsync(cancellationToken))
        .DistinctBy(c => c.Email.ToLowerInvariant()).Select(c => new InvoiceRecipient(c.Name, c.Email, c.Role == ContactRole.Billing)).ToList();

    private IQueryable<Tenant> Query() => db.Tenants.AsNoTracking().Include(t => t.Inhabitants);

    private static TenantSummary ToSummary(Tenant t) => new(
        t.Id, t.Slug, t.Name, KboNumber.Parse(t.Kbo).ToString(), t.Address.Street, t.Address.PostalCode, t.Address.City,
        t.AppStoreDate, t.PlayStoreDate, t.GoLive, t.ContractSignedOn, t.TerminationEffectiveOn,
        t.Inhabitants.ToDictionary(i => i.Year, i => i.Count), t.InvoiceReference);
}
