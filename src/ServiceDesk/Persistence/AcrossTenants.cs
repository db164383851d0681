using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;
using ServiceDesk.Outages;
using ServiceDesk.Reports;
using ServiceDesk.Mails;

namespace ServiceDesk.Persistence;

/// <summary>The module's one tenant bypass (docs/decisions/0019-tenant-bypass.md): the platform's service desk staff
/// work the incidents of every tenant, and the mail, digest, report and SLA jobs walk all tenants. Every read across
/// tenants, and every set-based write over tenant-owned rows outside erasure, goes through here; a guard test fails on
/// <c>IgnoreQueryFilters</c>, <c>AcrossTenants()</c> or such a bulk write elsewhere.</summary>
internal static class AcrossTenants
{
    /// <summary>Why: staff open any tenant's incident (access checks, tenant of record), the SLA warning and digest jobs,
    /// mail intake matching a reply to its incident before a tenant is known, outage links, and the demo seed check.</summary>
    public static IQueryable<Incident> Incidents(ServiceDeskDbContext db) => db.Incidents.AcrossTenants();

    /// <summary>Why: staff see the history of any tenant's incident.</summary>
    public static IQueryable<IncidentEvent> IncidentEvents(ServiceDeskDbContext db) => db.IncidentEvents.AcrossTenants();

    /// <summary>Why: staff list and download any tenant's attachments; an attachment's tenant of record.</summary>
    public static IQueryable<Attachment> Attachments(ServiceDeskDbContext db) => db.Attachments.AcrossTenants();

    /// <summary>Why: the delivery and digest jobs send every tenant's pending mails; staff see an incident's mails; mail
    /// intake matches a reply by Message-ID before a tenant is known.</summary>
    public static IQueryable<IncidentMail> IncidentMails(ServiceDeskDbContext db) => db.IncidentMails.AcrossTenants();

    /// <summary>Why: the monthly report job mails every tenant's subscribers.</summary>
    public static IQueryable<ServiceReportMailing> ServiceReportMailings(ServiceDeskDbContext db) => db.ServiceReportMailings.AcrossTenants();

    /// <summary>Why: a platform outage links incidents of many tenants; staff count and update them together.</summary>
    public static IQueryable<OutageLink> OutageLinks(ServiceDeskDbContext db) => db.OutageLinks.AcrossTenants();

    /// <summary>Why: an outage update's recipients span the linked tenants.</summary>
    public static IQueryable<OutageDelivery> OutageDeliveries(ServiceDeskDbContext db) => db.OutageDeliveries.AcrossTenants();

    /// <summary>Set-based: frees a removed reporter's seat. Held by the tenant filter (the caller's tenant), but unseen by
    /// the stamp interceptor, hence here.</summary>
    public static Task<int> FreeSeatOfAsync(ServiceDeskDbContext db, Guid userId, CancellationToken ct) =>
        db.ReporterSeats.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    /// <summary>Set-based: drops the tenant's seat reservations never taken up. Held by the tenant filter, unseen by the
    /// stamp interceptor, hence here.</summary>
    public static Task<int> DropStaleReservationsAsync(ServiceDeskDbContext db, DateTimeOffset stale, CancellationToken ct) =>
        db.ReporterSeats.Where(s => s.UserId == null && s.TakenAt < stale).ExecuteDeleteAsync(ct);
}
