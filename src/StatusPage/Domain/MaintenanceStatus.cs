namespace StatusPage.Domain;

internal enum MaintenanceStatus
{
    Scheduled,
    InProgress,
    Completed,
}

internal static class MaintenanceStatusExtensions
{
    public static string ToDutch(this MaintenanceStatus status) => status switch
    {
        MaintenanceStatus.Scheduled => "Gepland",
        MaintenanceStatus.InProgress => "Bezig",
        MaintenanceStatus.Completed => "Voltooid",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
