namespace StatusPage.Notifications;

internal enum StatusEventKind
{
    IncidentOpened,
    IncidentUpdated,
    IncidentResolved,
    MaintenanceAnnounced,
    MaintenanceStarted,
    MaintenanceCompleted,
    MaintenanceChanged,
    MaintenanceRescheduled,
    MaintenanceCancelled,
}

/// <summary>
/// Something subscribers are told about, once. <see cref="Key"/> is unique ("maintenance-started:{id}"), so a
/// start noticed by two nodes or twice by a job is one event. The feeds are built from these events too.
/// </summary>
internal sealed class StatusEvent
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public StatusEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? IncidentId { get; set; }
    public Guid? MaintenanceId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>Comma-separated ids of the components concerned.</summary>
    public required string ComponentIds { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }

    public IReadOnlyList<Guid> Components =>
        ComponentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}

/// <summary>One recipient (subscriber or webhook) told of one event; unique (RecipientId, EventId): "each once".</summary>
internal sealed class NotificationLog
{
    public Guid Id { get; set; }
    public Guid RecipientId { get; set; }
    public Guid EventId { get; set; }
    public required string Channel { get; set; }
    public DateTimeOffset At { get; set; }
}
