namespace StatusPage.Domain;

/// <summary>The stage an incident is in, carried by each timestamped update.</summary>
internal enum IncidentUpdateStatus
{
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}

internal static class IncidentUpdateStatusExtensions
{
    public static string ToDutch(this IncidentUpdateStatus status) => status switch
    {
        IncidentUpdateStatus.Investigating => "Wordt onderzocht",
        IncidentUpdateStatus.Identified => "Oorzaak gevonden",
        IncidentUpdateStatus.Monitoring => "Wordt opgevolgd",
        IncidentUpdateStatus.Resolved => "Opgelost",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>An incident is open until an update marks it resolved.</summary>
    public static bool IsOpen(this IncidentUpdateStatus status) => status != IncidentUpdateStatus.Resolved;
}
