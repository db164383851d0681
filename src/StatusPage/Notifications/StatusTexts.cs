using System.Text;
using Platform.Kernel.Formatting;
using StatusPage.Maintenance;

namespace StatusPage.Notifications;

/// <summary>The Dutch words subscribers read, for mails, feeds and webhooks alike, so a preview shows exactly
/// what will be sent.</summary>
internal static class StatusTexts
{
    public static string When(DateTimeOffset at) => $"{Dutch.Date(at)} om {Dutch.ToBrussels(at):HH:mm}";

    public static string Title(StatusEventKind kind, string subject) => kind switch
    {
        StatusEventKind.IncidentOpened => $"Storing: {subject}",
        StatusEventKind.IncidentUpdated => $"Update storing: {subject}",
        StatusEventKind.IncidentResolved => $"Opgelost: {subject}",
        StatusEventKind.MaintenanceAnnounced => $"Gepland onderhoud: {subject}",
        StatusEventKind.MaintenanceStarted => $"Onderhoud gestart: {subject}",
        StatusEventKind.MaintenanceCompleted => $"Onderhoud voltooid: {subject}",
        StatusEventKind.MaintenanceChanged => $"Onderhoud gewijzigd: {subject}",
        StatusEventKind.MaintenanceRescheduled => $"Onderhoud verplaatst: {subject}",
        StatusEventKind.MaintenanceCancelled => $"Onderhoud geannuleerd: {subject}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string IncidentBody(IncidentUpdateStatus status, string message, DateTimeOffset at, IEnumerable<string> impacts)
    {
        var text = new StringBuilder();
        text.AppendLine($"{status.ToDutch()} ({When(at)})");
        text.AppendLine();
        text.AppendLine(message.Trim());
        var lines = impacts.ToList();
        if (lines.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Getroffen onderdelen:");
            foreach (var line in lines) text.AppendLine("- " + line);
        }
        return text.ToString().TrimEnd();
    }

    public static string MaintenanceBody(StatusEventKind kind, PlannedMaintenance m, IEnumerable<string> components, string? note = null)
    {
        var text = new StringBuilder();
        text.AppendLine(kind switch
        {
            StatusEventKind.MaintenanceStarted => $"Het onderhoud is gestart ({When(m.Start)}).",
            StatusEventKind.MaintenanceCompleted => $"Het onderhoud is voltooid ({When(m.End)}).",
            StatusEventKind.MaintenanceRescheduled => $"Nieuw tijdstip: van {When(m.ScheduledStart)} tot {When(m.ScheduledEnd)} (Belgische tijd).",
            StatusEventKind.MaintenanceChanged => $"Gewijzigd. Gepland van {When(m.ScheduledStart)} tot {When(m.ScheduledEnd)} (Belgische tijd).",
            StatusEventKind.MaintenanceCancelled => $"Het onderhoud van {When(m.ScheduledStart)} tot {When(m.ScheduledEnd)} gaat niet door.",
            _ => $"Gepland van {When(m.ScheduledStart)} tot {When(m.ScheduledEnd)} (Belgische tijd).",
        });
        if (note is not null)
        {
            text.AppendLine();
            text.AppendLine("Reden: " + note);
        }
        text.AppendLine();
        text.AppendLine(m.Description.Trim());
        text.AppendLine();
        text.AppendLine("Betrokken onderdelen:");
        foreach (var name in components) text.AppendLine("- " + name);
        return text.ToString().TrimEnd();
    }

    public static string Impact(string component, ImpactLevel level) => $"{component}: {level.ToDutch().ToLowerInvariant()}";
}
