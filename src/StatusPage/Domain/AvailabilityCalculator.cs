namespace StatusPage.Domain;

/// <summary>
/// Availability per Brussels calendar day and month, and the month's downtime budget. Build the
/// <see cref="AvailabilityTimeline"/> once (per component or per product) and ask it for any period.
/// Periods are clipped to what is tracked and to <c>now</c>: an ongoing outage counts up to now, the current day or
/// month is measured over its elapsed part, and a period that has not started yet has no data (null).
/// </summary>
internal static class AvailabilityCalculator
{
    public static AvailabilityReport? ForPeriod(AvailabilityTimeline timeline, TimeRange period, DateTimeOffset now)
    {
        var start = TimeRange.Max(period.Start, timeline.TrackedSince ?? period.Start);
        var end = TimeRange.Min(period.End, now);
        if (end <= start)
            return null;

        var observed = new TimeRange(start, end);
        return new AvailabilityReport(
            period,
            observed,
            timeline.Unavailable.Within(observed).Duration,
            timeline.Maintenance.Within(observed).Duration)
        {
            UnannouncedMaintenance = timeline.UnannouncedMaintenance.Within(observed).Duration,
        };
    }

    public static AvailabilityReport? ForDay(AvailabilityTimeline timeline, DateOnly day, DateTimeOffset now) =>
        ForPeriod(timeline, BrusselsCalendar.Day(day), now);

    public static AvailabilityReport? ForMonth(AvailabilityTimeline timeline, int year, int month, DateTimeOffset now) =>
        ForPeriod(timeline, BrusselsCalendar.Month(year, month), now);

    /// <summary>
    /// The budget for a whole month, however far it has progressed: allowed = 0.1 % of the month's real length
    /// (743 h in March, 745 h in October) minus its announced maintenance, including maintenance still to come,
    /// so that budget left ≥ 0 exactly when the month can still end at ≥ 99.9 %. Used = unavailable time up to
    /// now. Only the tracked part of the month counts.
    /// </summary>
    public static DowntimeBudget BudgetForMonth(AvailabilityTimeline timeline, int year, int month, DateTimeOffset now)
    {
        var calendarMonth = BrusselsCalendar.Month(year, month);
        var start = TimeRange.Max(calendarMonth.Start, timeline.TrackedSince ?? calendarMonth.Start);
        var tracked = new TimeRange(TimeRange.Min(start, calendarMonth.End), calendarMonth.End);
        var counted = tracked.Duration - timeline.Maintenance.Within(tracked).Duration;
        var elapsed = tracked.Intersect(new TimeRange(tracked.Start, TimeRange.Max(tracked.Start, now)));
        return new DowntimeBudget(
            calendarMonth,
            DowntimeBudget.AllowedFor(counted),
            timeline.Unavailable.Within(elapsed).Duration);
    }
}
