namespace StatusPage.Domain;

/// <summary>What a component shows on the status page.</summary>
internal enum ComponentStatus
{
    Operational,
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
    UnderMaintenance,
}

internal static class ComponentStatusExtensions
{
    public static string ToDutch(this ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => "Operationeel",
        ComponentStatus.DegradedPerformance => "Verminderde prestaties",
        ComponentStatus.PartialOutage => "Gedeeltelijke storing",
        ComponentStatus.MajorOutage => "Grote storing",
        ComponentStatus.UnderMaintenance => "Onderhoud",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// Ranks statuses so that the worst one wins:
    /// major outage &gt; partial outage &gt; degraded performance &gt; under maintenance &gt; operational.
    /// Maintenance ranks below every incident level because it was announced and readers already know
    /// about it; an unplanned incident during a maintenance window is the news they still need.
    /// </summary>
    public static int Severity(this ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => 0,
        ComponentStatus.UnderMaintenance => 1,
        ComponentStatus.DegradedPerformance => 2,
        ComponentStatus.PartialOutage => 3,
        ComponentStatus.MajorOutage => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Partial and major outages make a component unavailable; degraded performance does not.</summary>
    public static bool IsUnavailable(this ComponentStatus status) =>
        status is ComponentStatus.PartialOutage or ComponentStatus.MajorOutage;

    public static ComponentStatus Worst(this IEnumerable<ComponentStatus> statuses) =>
        statuses.Aggregate(ComponentStatus.Operational, (worst, next) => next.Severity() > worst.Severity() ? next : worst);
}
