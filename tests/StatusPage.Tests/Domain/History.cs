using StatusPage.Domain;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

/// <summary>Terse builders for histories; times are ISO 8601 with their Brussels offset.</summary>
internal static class History
{
    public static OutagePeriod Outage(string start, string? end, ImpactLevel level = ImpactLevel.MajorOutage, Guid? incident = null) =>
        new(incident ?? Guid.NewGuid(), At(start), end is null ? null : At(end), level);

    public static MaintenanceWindow Announced(string start, string end) => new(At(start).AddDays(-7), At(start), At(end));

    public static MaintenanceWindow Unannounced(string start, string end) => new(null, At(start), At(end));

    public static ComponentHistory Of(params OutagePeriod[] outages) => new(outages, []);

    public static ComponentHistory Of(MaintenanceWindow[] maintenance, params OutagePeriod[] outages) =>
        new(outages, maintenance);

    public static AvailabilityTimeline Timeline(ComponentHistory history, DateTimeOffset now) =>
        AvailabilityTimeline.ForComponent(history, now);

    /// <summary>100 × (1 − down / counted), the contract's formula, for expected values.</summary>
    public static decimal Percent(TimeSpan down, TimeSpan counted) => 100m * (1m - (decimal)down.Ticks / counted.Ticks);
}
