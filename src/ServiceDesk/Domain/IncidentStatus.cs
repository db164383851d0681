namespace ServiceDesk.Domain;

internal enum IncidentStatus
{
    New = 0,
    Acknowledged = 1,
    InProgress = 2,
    WaitingForReporter = 3,
    Resolved = 4,
    Closed = 5,
}

internal static class IncidentStatusExtensions
{
    /// <summary>Resolved and closed incidents stop the resolution clock.</summary>
    public static bool IsDone(this IncidentStatus status) => status is IncidentStatus.Resolved or IncidentStatus.Closed;

    public static string ToDutch(this IncidentStatus status) => status switch
    {
        IncidentStatus.New => "Nieuw",
        IncidentStatus.Acknowledged => "Ontvangen",
        IncidentStatus.InProgress => "In behandeling",
        IncidentStatus.WaitingForReporter => "Wacht op melder",
        IncidentStatus.Resolved => "Opgelost",
        IncidentStatus.Closed => "Gesloten",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
