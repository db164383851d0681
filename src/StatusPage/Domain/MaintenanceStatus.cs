namespace StatusPage.Domain;

internal enum MaintenanceStatus
{
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
}

internal static class MaintenanceStatusExtensions
{
    public static string ToDutch(this MaintenanceStatus status) => status switch
    {
        MaintenanceStatus.Scheduled => "Gepland",
        MaintenanceStatus.InProgress => "Bezig",
        MaintenanceStatus.Completed => "Voltooid",
        MaintenanceStatus.Cancelled => "Geannuleerd",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
