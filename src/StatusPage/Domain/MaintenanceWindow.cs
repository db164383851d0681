namespace StatusPage.Domain;

/// <summary>
/// Planned maintenance on a component from <see cref="Start"/> to <see cref="End"/>.
/// <see cref="AnnouncedAt"/> is when it was published on the status page (null: never published).
/// </summary>
internal sealed record MaintenanceWindow(DateTimeOffset? AnnouncedAt, DateTimeOffset Start, DateTimeOffset End)
{
    public DateTimeOffset End { get; init; } = End >= Start
        ? End
        : throw new ArgumentException($"End {End:O} lies before start {Start:O}.", nameof(End));

    /// <summary>
    /// Only maintenance published no later than its start is "announced planned maintenance" that the 99.9 %
    /// objective leaves out; maintenance first published once it had begun was, for customers, unplanned.
    /// </summary>
    public bool IsAnnounced => AnnouncedAt is { } announced && announced <= Start;

    public TimeRange Range => new(Start, End);

    public MaintenanceStatus StatusAt(DateTimeOffset now) =>
        now < Start ? MaintenanceStatus.Scheduled
        : now < End ? MaintenanceStatus.InProgress
        : MaintenanceStatus.Completed;
}
