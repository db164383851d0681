using Billing.Payments;
using Platform.Kernel.Persistence;

namespace Billing.Persistence;

/// <summary>The module's one tenant bypass (docs/decisions/0019-tenant-bypass.md): invoices are issued, paid, sent and
/// reported on by platform staff for every tenant, and the jobs and payment imports walk all tenants. Every read across
/// tenants goes through here; a guard test fails on <c>IgnoreQueryFilters</c> or <c>AcrossTenants()</c> elsewhere.</summary>
internal static class AcrossTenants
{
    /// <summary>Why: staff pages and API (list, details, export, ageing, home figures, issuing and crediting any tenant's
    /// invoice by id), the jobs (invoice run, reminders, friendly notices, mail queue), and bank/Stripe payments that find
    /// their invoice before any tenant is known.</summary>
    public static IQueryable<Invoice> Invoices(BillingDbContext db) => db.Invoices.AcrossTenants();

    /// <summary>Why: staff read, export, send and credit any tenant's credit notes.</summary>
    public static IQueryable<CreditNote> CreditNotes(BillingDbContext db) => db.CreditNotes.AcrossTenants();

    /// <summary>Why: staff see an invoice's payments (details, timeline, import summary); Stripe webhooks dedupe by reference.</summary>
    public static IQueryable<Payment> Payments(BillingDbContext db) => db.Payments.AcrossTenants();

    /// <summary>Why: staff download any tenant's PDF; the mailer and reminder jobs attach it.</summary>
    public static IQueryable<StoredPdf> Pdfs(BillingDbContext db) => db.Pdfs.AcrossTenants();
}
