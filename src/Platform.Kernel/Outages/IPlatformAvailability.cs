namespace Platform.Kernel.Outages;

/// <summary>The platform's measured availability for a Brussels calendar month (all status-page components together),
/// against the contract's 99.9 % objective. Implemented by the StatusPage module; read by the service desk's service report.</summary>
public interface IPlatformAvailability
{
    Task<PlatformAvailabilityMonth> ForMonthAsync(int year, int month, CancellationToken cancellationToken = default);
}

/// <param name="Percentage">Unrounded availability %, null when nothing of the month was tracked (yet).</param>
/// <param name="DowntimeMinutes">Unavailable time (announced maintenance excluded), in whole minutes.</param>
public sealed record PlatformAvailabilityMonth(int Year, int Month, decimal? Percentage, long DowntimeMinutes, decimal ObjectivePercentage)
{
    public bool MeetsObjective => Percentage is not { } p || p >= ObjectivePercentage;
}
