using System.Security.Claims;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace Billing.Web;

/// <summary>Who sees which invoices: finance and platform admins all of them (cross-tenant, explicitly);
/// a tenant admin only its own tenant's issued invoices, through the tenant query filter.</summary>
internal static class Access
{
    public const string ReadersPolicy = "BillingReaders";

    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Finance) || user.IsInRole(Roles.PlatformAdmin);

    public static IQueryable<Invoice> Invoices(BillingDbContext db, ClaimsPrincipal user, TenantContext current) =>
        IsStaff(user) && !current.HasTenant
            ? AcrossTenants.Invoices(db)
            : IsStaff(user) ? db.Invoices : db.Invoices.Where(i => i.Status == InvoiceStatus.Issued);

    public static IQueryable<CreditNote> CreditNotes(BillingDbContext db, ClaimsPrincipal user, TenantContext current) =>
        IsStaff(user) && !current.HasTenant ? AcrossTenants.CreditNotes(db) : db.CreditNotes;

    public static IQueryable<StoredPdf> Pdfs(BillingDbContext db, ClaimsPrincipal user, TenantContext current) =>
        IsStaff(user) && !current.HasTenant ? AcrossTenants.Pdfs(db) : db.Pdfs;
}
