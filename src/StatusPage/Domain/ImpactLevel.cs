namespace StatusPage.Domain;

/// <summary>How badly an incident hits one component. Operational and maintenance are not incident levels,
/// so they are not representable here.</summary>
internal enum ImpactLevel
{
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
}

internal static class ImpactLevelExtensions
{
    public static ComponentStatus ToComponentStatus(this ImpactLevel level) => level switch
    {
        ImpactLevel.DegradedPerformance => ComponentStatus.DegradedPerformance,
        ImpactLevel.PartialOutage => ComponentStatus.PartialOutage,
        ImpactLevel.MajorOutage => ComponentStatus.MajorOutage,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool IsUnavailable(this ImpactLevel level) => level.ToComponentStatus().IsUnavailable();

    public static string ToDutch(this ImpactLevel level) => level.ToComponentStatus().ToDutch();
}
