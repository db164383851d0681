using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Outages;
using StatusPage.Persistence;

namespace StatusPage.Public;

/// <summary>Kernel <see cref="IPlatformAvailability"/>: one timeline over every component (as the status page builds a
/// product's), measured with <see cref="AvailabilityCalculator.ForMonth"/>.</summary>
internal sealed class PlatformAvailability(StatusPageDbContext db, TimeProvider clock) : IPlatformAvailability
{
    public async Task<PlatformAvailabilityMonth> ForMonthAsync(int year, int month, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var period = BrusselsCalendar.Month(year, month);
        var since = period.Start;
        var components = await db.Components.AsNoTracking().ToListAsync(cancellationToken);
        var impacts = await db.IncidentImpacts.AsNoTracking()
            .Where(i => i.End == null || i.End >= since).ToListAsync(cancellationToken);
        var maintenance = await db.Maintenance.AsNoTracking().Include(m => m.Components)
            .Where(m => (m.AnnouncedAt != null || m.StartedAt != null || m.ScheduledStart <= now)
                && (m.CompletedAt == null || m.CompletedAt >= since) && m.ScheduledEnd >= since)
            .ToListAsync(cancellationToken);
        var outages = impacts.ToLookup(i => i.ComponentId, i => i.ToOutagePeriod());
        var windows = maintenance.SelectMany(m => m.Components.Select(c => (c.ComponentId, Window: m.ToWindow())))
            .ToLookup(x => x.ComponentId, x => x.Window);
        var timeline = AvailabilityTimeline.ForProduct(
            components.Select(c => new ComponentHistory(outages[c.Id].ToList(), windows[c.Id].ToList(), c.TrackedSince)), now);
        var report = components.Count == 0 ? null : AvailabilityCalculator.ForMonth(timeline, year, month, now);
        return new PlatformAvailabilityMonth(year, month, report?.Percentage, (long)(report?.Unavailable.TotalMinutes ?? 0),
            AvailabilityReport.ObjectivePercentage);
    }
}
