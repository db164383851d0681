namespace StatusPage.Maintenance;

/// <summary>
/// A planned maintenance window. It starts and completes on schedule unless an operator starts or completes it
/// earlier; <see cref="AnnouncedAt"/> null means it is a draft that is not public yet.
/// </summary>
internal sealed class PlannedMaintenance
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset ScheduledStart { get; set; }
    public DateTimeOffset ScheduledEnd { get; set; }
    public DateTimeOffset? AnnouncedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Cancelled before it began: no longer shown or counted; the calendar feed keeps it as CANCELLED.</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>The iCalendar SEQUENCE: raised at every change subscribers are told of (edit, reschedule, cancel).</summary>
    public int Sequence { get; set; }
    /// <summary>When it was last edited, rescheduled or cancelled (the calendar's DTSTAMP); null: never.</summary>
    public DateTimeOffset? ChangedAt { get; set; }
    public List<MaintenanceComponent> Components { get; set; } = [];

    public DateTimeOffset Start => StartedAt ?? ScheduledStart;

    public DateTimeOffset End => CompletedAt ?? TimeRange.Max(ScheduledEnd, Start);

    public MaintenanceWindow ToWindow() => new(AnnouncedAt, Start, End);

    public MaintenanceStatus StatusAt(DateTimeOffset now) =>
        CancelledAt is not null ? MaintenanceStatus.Cancelled
        : CompletedAt is not null ? MaintenanceStatus.Completed
        : StartedAt is not null ? (now < End ? MaintenanceStatus.InProgress : MaintenanceStatus.Completed)
        : ToWindow().StatusAt(now);
}

internal sealed class MaintenanceComponent
{
    public Guid MaintenanceId { get; set; }
    public Guid ComponentId { get; set; }
}
