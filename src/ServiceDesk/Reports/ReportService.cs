using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Tenancy;
using ServiceDesk.Calendar;
using ServiceDesk.Domain;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reports;

/// <summary>The monthly report of one tenant (inside its tenant filter) or of all tenants (staff, across tenants).</summary>
internal sealed class ReportService(ServiceDeskDbContext db, ITenantStore tenants, ClockPolicyProvider policies, TimeProvider clock)
{
    /// <param name="tenant">One tenant, or null = all tenants (callers must restrict that to staff).</param>
    /// <param name="crossTenant">Staff reading another tenant than the request's: filter by id instead of the tenant filter.</param>
    public async Task<MonthlyReportResult> BuildAsync(TenantInfo? tenant, int year, int month, CancellationToken ct, bool crossTenant = false)
    {
        var (localStart, localEnd) = MonthlyReport.MonthBounds(year, month, Dutch.Brussels);
        // PostgreSQL (timestamptz) only takes UTC parameters.
        var (start, end) = (localStart.ToUniversalTime(), localEnd.ToUniversalTime());
        var ignoreFilter = tenant is null || crossTenant;
        var incidents = ignoreFilter ? db.Incidents.IgnoreQueryFilters() : db.Incidents;
        var events = ignoreFilter ? db.IncidentEvents.IgnoreQueryFilters() : db.IncidentEvents;
        var inMonth = incidents.Where(i => i.ReportedAt >= start && i.ReportedAt < end);
        if (tenant is not null) inMonth = inMonth.Where(i => i.TenantId == tenant.Id);

        var rows = await inMonth.AsNoTracking()
            .Select(i => new { i.Id, i.Number, i.TenantId, i.Title, i.ReportedAt, i.Priority, i.AnsweredAt })
            .ToListAsync(ct);
        var changes = (await (from e in events.AsNoTracking()
                              join i in inMonth on e.IncidentId equals i.Id
                              where e.Kind == IncidentEventKind.StatusChanged && e.Status != null
                              select new { e.IncidentId, e.At, e.Status }).ToListAsync(ct))
            .ToLookup(e => e.IncidentId, e => new StatusChange(e.At, e.Status!.Value));
        var names = new Dictionary<Guid, string>();
        foreach (var id in rows.Select(r => r.TenantId).Distinct())
            names[id] = (await tenants.FindByIdAsync(id, ct))?.Identifier ?? id.ToString();

        var input = rows.Select(r => new ReportIncident(r.Id, r.Number, names[r.TenantId], r.Title,
            new IncidentClockFacts(r.ReportedAt, r.Priority, r.AnsweredAt, changes[r.Id].ToList())));
        return MonthlyReport.Build(year, month, await policies.GetAsync(ct), input, clock.GetUtcNow());
    }

    public static bool ValidMonth(int year, int month) => year is >= 2000 and <= 2100 && month is >= 1 and <= 12;
}
