using Platform.Kernel.Persistence;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Contacts;

namespace Tenants.Persistence;

/// <summary>The module's one tenant bypass (docs/decisions/0019-tenant-bypass.md): the tenants list, the onboarding
/// checklist and the cross-module directories (service and privacy contacts) read every tenant's rows. Every read across
/// tenants goes through here; a guard test fails on <c>IgnoreQueryFilters</c> or <c>AcrossTenants()</c> elsewhere.</summary>
internal static class AcrossTenants
{
    /// <summary>Why: the tenant directory, service and privacy contacts for other modules' jobs, the checklist's roles,
    /// and the SPOCs told about a feature change, for every tenant.</summary>
    public static IQueryable<Contact> Contacts(TenantsDbContext db) => db.Contacts.AcrossTenants();

    /// <summary>Why: which tenants use a feature (drafts of all tenants) when the catalogue changes.</summary>
    public static IQueryable<AppDraft> Drafts(TenantsDbContext db) => db.Drafts.AcrossTenants();

    /// <summary>Why: published versions per tenant on the tenants list, the checklist and the feature-use count.</summary>
    public static IQueryable<AppVersion> Versions(TenantsDbContext db) => db.Versions.AcrossTenants();

    /// <summary>Why: the platform's one audit page reads every tenant's entries (ADR 0014).</summary>
    public static IQueryable<AuditEntry> AuditEntries(TenantsDbContext db) => db.AuditEntries.AcrossTenants();
}
