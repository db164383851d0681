using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Tenants.Persistence;

namespace Tenants.Contacts;

/// <summary>Tenants under contract and the recipient of their monthly service report (service delivery manager, else SPOC).</summary>
internal sealed class ServiceContacts(TenantsDbContext db) : ITenantServiceContacts
{
    public async Task<IReadOnlyList<TenantInfo>> UnderContractAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await db.Tenants.AsNoTracking()
            .Where(t => t.ContractSignedOn != null && t.ContractSignedOn <= to && (t.TerminationEffectiveOn == null || t.TerminationEffectiveOn >= from))
            .OrderBy(t => t.Slug)
            .Select(t => new TenantInfo(t.Id, t.Slug, t.Name)).ToListAsync(cancellationToken);

    public async Task<ServiceContact?> ServiceReportRecipientAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        // Contacts are tenant-owned; the monthly mailing reads them for one explicit tenant, across the filter.
        var contacts = await AcrossTenants.Contacts(db).AsNoTracking()
            .Where(c => c.TenantId == tenantId && (c.Role == ContactRole.ServiceDeliveryManager || c.Role == ContactRole.Spoc))
            .Select(c => new { c.Role, c.Name, c.Email }).ToListAsync(cancellationToken);
        var pick = contacts.OrderBy(c => c.Role == ContactRole.ServiceDeliveryManager ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return pick is null ? null : new ServiceContact(pick.Name, pick.Email, pick.Role == ContactRole.ServiceDeliveryManager);
    }
}
