using DataProtection.Assignments;
using DataProtection.Breaches;
using DataProtection.Export;
using DataProtection.SubjectRequests;
using DataProtection.SubProcessors;
using Platform.Kernel.Persistence;

namespace DataProtection.Persistence;

/// <summary>The module's one tenant bypass: platform staff read the sent-log, objections and breach impacts of all tenants,
/// and the erasure and retention jobs walk all tenants (docs/decisions/0019-tenant-bypass.md).</summary>
internal static class AcrossTenants
{
    public static IQueryable<ChangeNotice> Notices(DataProtectionDbContext db) => db.Notices.AcrossTenants();

    public static IQueryable<Objection> Objections(DataProtectionDbContext db) => db.Objections.AcrossTenants();

    public static IQueryable<BreachImpact> BreachImpacts(DataProtectionDbContext db) => db.BreachImpacts.AcrossTenants();

    /// <summary>Platform admins review every tenant's assignment, and the record of processing covers all tenants.</summary>
    public static IQueryable<ProcessingAssignment> Assignments(DataProtectionDbContext db) => db.Assignments.AcrossTenants();

    /// <summary>The platform's register of data-subject requests spans all tenants.</summary>
    public static IQueryable<SubjectRequest> SubjectRequests(DataProtectionDbContext db) => db.SubjectRequests.AcrossTenants();

    /// <summary>Why: the erasure job carries out every tenant's due erasures.</summary>
    public static IQueryable<Erasure.ErasureRequest> Erasures(DataProtectionDbContext db) => db.Erasures.AcrossTenants();

    /// <summary>Why: the retention job removes every tenant's expired exports.</summary>
    public static IQueryable<Export.TenantExport> Exports(DataProtectionDbContext db) => db.Exports.AcrossTenants();
}
