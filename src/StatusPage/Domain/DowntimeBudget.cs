namespace StatusPage.Domain;

/// <summary>
/// How much downtime the 99.9 % objective allows in <see cref="Month"/> and how much of it was used up to "now".
/// <see cref="Remaining"/> is negative once the budget is overspent.
/// </summary>
internal sealed record DowntimeBudget(TimeRange Month, TimeSpan Allowed, TimeSpan Used)
{
    public const decimal AllowedFraction = 1m - AvailabilityReport.ObjectivePercentage / 100m;

    public TimeSpan Remaining => Allowed - Used;

    public bool IsExceeded => Used > Allowed;

    /// <summary>0.1 % of <paramref name="countedTime"/>, truncated to whole ticks: 43.2 minutes per 30 days,
    /// 44.64 minutes per 31 days of 24 hours.</summary>
    public static TimeSpan AllowedFor(TimeSpan countedTime) =>
        TimeSpan.FromTicks((long)decimal.Truncate(countedTime.Ticks * AllowedFraction));
}
