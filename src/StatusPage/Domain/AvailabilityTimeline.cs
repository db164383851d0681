namespace StatusPage.Domain;

/// <summary>
/// Splits time into unavailable, excluded maintenance and available (everything else) for a component or a
/// product. <see cref="Unavailable"/> and <see cref="Maintenance"/> never overlap.
/// </summary>
internal sealed record AvailabilityTimeline(IntervalSet Unavailable, IntervalSet Maintenance, DateTimeOffset? TrackedSince)
{
    /// <summary>The part of <see cref="Unavailable"/> spent in maintenance that was not announced before it began
    /// (never announced, or only after its start); reported on its own so the page can say where downtime came from.</summary>
    public IntervalSet UnannouncedMaintenance { get; init; } = IntervalSet.Empty;

    /// <summary>
    /// One component, as known at <paramref name="now"/>:
    /// <list type="bullet">
    /// <item>unavailable = the union of its partial- and major-outage periods (overlapping incidents counted once;
    /// ongoing ones up to now) plus maintenance that was not announced in advance (unplanned for customers);</item>
    /// <item>degraded performance counts as available;</item>
    /// <item>announced maintenance is excluded, including the part of an outage that falls inside it: work that
    /// was announced is allowed to take the component down. Future announced windows are kept, because they
    /// lower the month's downtime budget in advance.</item>
    /// </list>
    /// </summary>
    public static AvailabilityTimeline ForComponent(ComponentHistory history, DateTimeOffset now)
    {
        var announced = IntervalSet.Of(history.Maintenance.Where(m => m.IsAnnounced).Select(m => m.Range));
        var outages = history.Outages.Where(o => o.Level.IsUnavailable()).Select(o => o.KnownAt(now));
        var unannounced = history.Maintenance.Where(m => !m.IsAnnounced)
            .Select(m => m.Range.Intersect(new TimeRange(m.Start, TimeRange.Max(m.Start, now))));
        var unannouncedSet = IntervalSet.Of(unannounced).Except(announced);
        var down = IntervalSet.Of(outages).Union(unannouncedSet);
        return new AvailabilityTimeline(down.Except(announced), announced, history.TrackedSince) { UnannouncedMaintenance = unannouncedSet };
    }

    /// <summary>
    /// A product is unavailable whenever any of its components is (the union, not the minimum of the
    /// components' percentages: two components down at different times both cost the product). It is in excluded
    /// maintenance when some component is in announced maintenance and none is unavailable. Data starts with the
    /// earliest tracked component; a product without components has none.
    /// </summary>
    public static AvailabilityTimeline ForProduct(IEnumerable<ComponentHistory> components, DateTimeOffset now)
    {
        var timelines = components.Select(c => ForComponent(c, now)).ToList();
        var unavailable = timelines.Aggregate(IntervalSet.Empty, (set, t) => set.Union(t.Unavailable));
        var maintenance = timelines.Aggregate(IntervalSet.Empty, (set, t) => set.Union(t.Maintenance));
        var unannounced = timelines.Aggregate(IntervalSet.Empty, (set, t) => set.Union(t.UnannouncedMaintenance));
        // A product without components has nothing to report on: no data, rather than a flattering 100 %.
        DateTimeOffset? trackedSince = timelines.Count == 0 ? DateTimeOffset.MaxValue
            : timelines.Any(t => t.TrackedSince is null) ? null
            : timelines.Min(t => t.TrackedSince);
        return new AvailabilityTimeline(unavailable, maintenance.Except(unavailable), trackedSince) { UnannouncedMaintenance = unannounced };
    }
}
