namespace StatusPage.Domain;

/// <summary>
/// One day of the 90-day availability bar. <see cref="Percentage"/> and <see cref="WorstStatus"/> are null when
/// there is no data (before tracking started). <see cref="Label"/> states in words what the colour shows, for
/// screen readers and for anyone who cannot tell the colours apart.
/// </summary>
internal sealed record DayBar(
    DateOnly Day,
    decimal? Percentage,
    ComponentStatus? WorstStatus,
    int IncidentCount,
    bool HadMaintenance,
    string Label)
{
    /// <summary>Some of the day's downtime was maintenance not announced before it began.</summary>
    public bool HadUnannouncedMaintenance { get; init; }

    public bool HasData => Percentage is not null;
}
