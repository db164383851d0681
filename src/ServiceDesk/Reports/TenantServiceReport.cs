using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Outages;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reports;

/// <summary>An incident still open when the month ended; <paramref name="AgeDays"/> = whole days from reporting to month end.</summary>
internal sealed record ServiceReportOpenItem(Guid Id, string Number, string Title, Priority Priority, DateTimeOffset ReportedAt, int AgeDays);

/// <summary>The monthly service report of one tenant: its incidents (the monthly report's figures), the platform's
/// availability against 99.9 % and the incidents open at month end.</summary>
internal sealed record ServiceReport(TenantInfo Tenant, int Year, int Month, MonthlyReportFigures Incidents,
    PlatformAvailabilityMonth Availability, IReadOnlyList<ServiceReportOpenItem> OpenItems)
{
    public string MonthKey => $"{Year:D4}-{Month:D2}";
}

/// <summary>Use case: the service report of the request's (or the job scope's) tenant for a month. Incident figures come from
/// <see cref="ReportService"/> (the same code as the report page), availability from the kernel's <see cref="IPlatformAvailability"/>.</summary>
internal sealed class TenantServiceReport(ReportService reports, ServiceDeskDbContext db, IPlatformAvailability availability)
{
    /// <summary>"yyyy-MM", a year between 2000 and 2100.</summary>
    public static bool TryParseMonth(string? value, out int year, out int month)
    {
        year = month = 0;
        if (value is not { Length: 7 } || value[4] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month))
            return false;
        return ReportService.ValidMonth(year, month);
    }

    public async Task<ServiceReport> BuildAsync(TenantInfo tenant, int year, int month, CancellationToken ct)
    {
        var incidents = await reports.BuildAsync(tenant, year, month, ct);
        var platform = await availability.ForMonthAsync(year, month, ct);
        var (_, localEnd) = MonthlyReport.MonthBounds(year, month, Dutch.Brussels);
        var end = localEnd.ToUniversalTime();
        // Inside the tenant filter: another tenant's context reads nothing (as ReportService).
        if (db.CurrentTenantId != tenant.Id) return new ServiceReport(tenant, year, month, incidents, platform, []);

        // Open at month end: reported before it, and not resolved/closed by then (its last status change before the end).
        var candidates = await db.Incidents.AsNoTracking()
            .Where(i => i.ReportedAt < end && (!(i.Status == IncidentStatus.Resolved || i.Status == IncidentStatus.Closed)
                || db.IncidentEvents.Any(e => e.IncidentId == i.Id && e.Kind == IncidentEventKind.StatusChanged && e.At >= end)))
            .Select(i => new { i.Id, i.Number, i.Title, i.Priority, i.ReportedAt }).ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var changes = await db.IncidentEvents.AsNoTracking()
            .Where(e => ids.Contains(e.IncidentId) && e.Kind == IncidentEventKind.StatusChanged && e.Status != null && e.At < end)
            .Select(e => new { e.IncidentId, e.At, e.Status }).ToListAsync(ct);
        var last = changes.GroupBy(e => e.IncidentId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).Last().Status!.Value);
        var open = candidates.Where(c => !(last.TryGetValue(c.Id, out var s) && s.IsDone()))
            .OrderBy(c => c.Priority).ThenBy(c => c.ReportedAt)
            .Select(c => new ServiceReportOpenItem(c.Id, c.Number, c.Title, c.Priority, c.ReportedAt, (int)(end - c.ReportedAt).TotalDays))
            .ToList();
        return new ServiceReport(tenant, year, month, incidents, platform, open);
    }
}

/// <summary>Dutch wording of the service report shared by page, PDF and mail.</summary>
internal static class ServiceReportText
{
    public static string Availability(PlatformAvailabilityMonth a) =>
        a.Percentage is { } p ? p.ToString("0.00", Dutch.Culture) + " %" : "geen meting";

    public static string Objective(PlatformAvailabilityMonth a) =>
        a.ObjectivePercentage.ToString("0.0", Dutch.Culture) + " %";

    public static string Verdict(PlatformAvailabilityMonth a) => a.MeetsObjective ? "doel gehaald" : "doel niet gehaald";
}
