using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Tenancy;
using ServiceDesk.Calendar;
using ServiceDesk.Domain;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reports;

/// <summary>The monthly report of one tenant (inside its tenant filter) or of all tenants (staff, across tenants).</summary>
/// <remarks>Two streamed queries: the status changes of the month's incidents (answered from a covering index, no table
/// reads), then the incidents themselves with their titles (the breach list shows them; one pass is cheaper than a second
/// look-up, which on SQLite scanned the month again). The clocks need working-time arithmetic, so they are computed here.</remarks>
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

        var changes = new Dictionary<Guid, List<StatusChange>>();
        var history = from e in events.AsNoTracking()
                      join i in inMonth on e.IncidentId equals i.Id
                      where e.Kind == IncidentEventKind.StatusChanged && e.Status != null
                      select new { e.IncidentId, e.At, e.Status };
        await foreach (var e in history.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!changes.TryGetValue(e.IncidentId, out var list)) changes[e.IncidentId] = list = [];
            list.Add(new StatusChange(e.At, e.Status!.Value));
        }

        var rows = new List<ReportIncident>();
        var names = new Dictionary<Guid, string>();
        await foreach (var r in inMonth.AsNoTracking()
            .Select(i => new { i.Id, i.Number, i.TenantId, i.Title, i.ReportedAt, i.Priority, i.AnsweredAt }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!names.TryGetValue(r.TenantId, out var name))
                names[r.TenantId] = name = (await tenants.FindByIdAsync(r.TenantId, ct))?.Identifier ?? r.TenantId.ToString();
            rows.Add(new ReportIncident(r.Id, r.Number, name, r.Title, new IncidentClockFacts(r.ReportedAt, r.Priority, r.AnsweredAt,
                changes.TryGetValue(r.Id, out var list) ? list : [])));
        }

        return MonthlyReport.Build(year, month, await policies.GetAsync(ct), rows, clock.GetUtcNow());
    }

    public static bool ValidMonth(int year, int month) => year is >= 2000 and <= 2100 && month is >= 1 and <= 12;
}
