using System.Text.Json;
using StatusPage.Notifications;

namespace StatusPage.Webhooks;

/// <summary>The JSON body of a webhook delivery (camelCase); <c>id</c> is the event id, stable across retries.</summary>
internal static class WebhookPayload
{
    public static string For(StatusEvent e, IEnumerable<(Guid Id, string Name)> components, string statusPage) =>
        JsonSerializer.Serialize(new
        {
            id = e.Id,
            type = TypeOf(e.Kind),
            occurredAt = e.At,
            title = e.Title,
            text = e.Body,
            incidentId = e.IncidentId,
            maintenanceId = e.MaintenanceId,
            components = components.Select(c => new { id = c.Id, name = c.Name }),
            url = statusPage,
        }, JsonSerializerOptions.Web);

    public static string TypeOf(StatusEventKind kind) => kind switch
    {
        StatusEventKind.IncidentOpened => "incident.opened",
        StatusEventKind.IncidentUpdated => "incident.updated",
        StatusEventKind.IncidentResolved => "incident.resolved",
        StatusEventKind.MaintenanceAnnounced => "maintenance.announced",
        StatusEventKind.MaintenanceStarted => "maintenance.started",
        StatusEventKind.MaintenanceChanged => "maintenance.changed",
        StatusEventKind.MaintenanceRescheduled => "maintenance.rescheduled",
        StatusEventKind.MaintenanceCancelled => "maintenance.cancelled",
        _ => "maintenance.completed",
    };
}
