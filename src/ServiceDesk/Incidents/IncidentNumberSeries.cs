namespace ServiceDesk.Incidents;

/// <summary>The last incident number given out in a year; <see cref="Last"/> is the concurrency token, so two nodes never give
/// out the same number.</summary>
internal sealed class IncidentNumberSeries
{
    public int Year { get; set; }
    public int Last { get; set; }
}
