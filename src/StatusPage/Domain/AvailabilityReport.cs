namespace StatusPage.Domain;

/// <summary>
/// Availability over <see cref="Period"/> (a day, a month, ...), measured over <see cref="Observed"/>: the part of
/// the period that is tracked and not in the future.
/// </summary>
internal sealed record AvailabilityReport(TimeRange Period, TimeRange Observed, TimeSpan Unavailable, TimeSpan Maintenance)
{
    /// <summary>Of <see cref="Unavailable"/>, the time spent in maintenance not announced before it began.</summary>
    public TimeSpan UnannouncedMaintenance { get; init; }

    /// <summary>The 99.9 % availability objective of the contract.</summary>
    public const decimal ObjectivePercentage = 99.9m;

    /// <summary>The time the objective is measured over: observed time minus excluded announced maintenance.</summary>
    public TimeSpan Counted => Observed.Duration - Maintenance;

    /// <summary>
    /// 100 × (1 − unavailable / (observed − announced maintenance)), unrounded. Announced maintenance leaves the
    /// denominator so it neither counts against nor flatters the figure. A period spent entirely in announced
    /// maintenance scores 100 %: nothing in it counts against the objective.
    /// </summary>
    public decimal Percentage => Counted <= TimeSpan.Zero
        ? 100m
        : 100m * (1m - (decimal)Unavailable.Ticks / Counted.Ticks);

    public bool MeetsObjective => Percentage >= ObjectivePercentage;
}
