using Platform.Kernel.Formatting;

namespace StatusPage.Domain;

/// <summary>Builds the availability bar of a component (pass one history) or a product (pass all of its
/// components' histories).</summary>
internal static class DayBars
{
    public const int DefaultDays = 90;

    /// <summary>The <paramref name="days"/> Brussels days ending with today (as of <paramref name="now"/>),
    /// oldest first; today is measured up to now.</summary>
    public static IReadOnlyList<DayBar> Build(
        IReadOnlyCollection<ComponentHistory> components, DateTimeOffset now, int days = DefaultDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var timeline = AvailabilityTimeline.ForProduct(components, now);
        var today = BrusselsCalendar.DayOf(now);
        return Enumerable.Range(0, days)
            .Select(offset => ForDay(components, timeline, today.AddDays(offset - days + 1), now))
            .ToList();
    }

    /// <summary>
    /// The worst status that day is the worst level of any incident period touching it, or maintenance, or
    /// operational, ranked as on the live page; an outage inside announced maintenance therefore shows as an
    /// outage even though the percentage does not count it. Incidents are counted once per day, however many
    /// components or level changes they had.
    /// </summary>
    public static DayBar ForDay(
        IReadOnlyCollection<ComponentHistory> components, AvailabilityTimeline timeline, DateOnly day, DateTimeOffset now)
    {
        var report = AvailabilityCalculator.ForDay(timeline, day, now);
        if (report is null)
            return new DayBar(day, null, null, 0, false, $"{Dutch.Date(day)}: geen gegevens");

        var observed = report.Observed;
        var periods = components.SelectMany(c => c.Outages).Where(o => o.Touches(observed, now)).ToList();
        var hadMaintenance = components.SelectMany(c => c.Maintenance).Any(m => m.Range.Overlaps(observed));
        var unannounced = report.UnannouncedMaintenance > TimeSpan.Zero;
        var statuses = periods.Select(o => o.Level.ToComponentStatus());
        if (hadMaintenance)
            statuses = statuses.Append(ComponentStatus.UnderMaintenance);
        var worst = statuses.Worst();
        var incidents = periods.Select(o => o.IncidentId).Distinct().Count();
        var percentage = report.Percentage;
        return new DayBar(day, percentage, worst, incidents, hadMaintenance,
            Label(day, percentage, worst, incidents, hadMaintenance, unannounced)) { HadUnannouncedMaintenance = unannounced };
    }

    private static string Label(DateOnly day, decimal percentage, ComponentStatus worst, int incidents, bool maintenance, bool unannounced)
    {
        var parts = new List<string> { $"{Dutch.Date(day)}: {FormatPercentage(percentage)} beschikbaar" };
        parts.Add(incidents switch
        {
            0 => "geen storingen",
            1 => "1 storing",
            _ => $"{incidents} storingen",
        });
        if (incidents > 0)
            parts[^1] += $" (ergste toestand: {worst.ToDutch().ToLowerInvariant()})";
        if (unannounced)
            parts.Add("niet vooraf aangekondigd onderhoud (telt als onbeschikbaar)");
        else if (maintenance)
            parts.Add("onderhoud");
        return string.Join(", ", parts);
    }

    /// <summary>nl-BE with two decimals, rounded down so that a day with any downtime never reads 100,00 %.</summary>
    public static string FormatPercentage(decimal percentage) =>
        (decimal.Floor(percentage * 100m) / 100m).ToString("N2", Dutch.Culture) + " %";
}
