using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using Tenants.Persistence;

namespace Tenants.Contacts;

/// <summary>The tenant's DPO contacts, or its SPOC when none was recorded (DOMAIN §5 decision).</summary>
internal sealed class PrivacyContacts(TenantsDbContext db) : ITenantPrivacyContacts
{
    public async Task<IReadOnlyList<PrivacyContact>> RecipientsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        // Contacts are tenant-owned; data protection reads them for one explicit tenant, across the filter.
        var contacts = await AcrossTenants.Contacts(db).AsNoTracking()
            .Where(c => c.TenantId == tenantId && (c.Role == ContactRole.DataProtectionOfficer || c.Role == ContactRole.Spoc))
            .OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var dpo = contacts.Where(c => c.Role == ContactRole.DataProtectionOfficer).ToList();
        return dpo.Count > 0
            ? dpo.Select(c => new PrivacyContact(c.Name, c.Email, true)).ToList()
            : contacts.Select(c => new PrivacyContact(c.Name, c.Email, false)).ToList();
    }
}
