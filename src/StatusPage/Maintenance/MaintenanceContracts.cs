namespace StatusPage.Maintenance;

internal sealed record MaintenanceRequest(string? Title, string? Description, DateTimeOffset Start, DateTimeOffset End, List<Guid>? ComponentIds, bool Announce = true);

internal sealed record MaintenanceResponse(Guid Id, string Title, string Description, DateTimeOffset ScheduledStart, DateTimeOffset ScheduledEnd,
    DateTimeOffset? AnnouncedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string Status, List<Guid> ComponentIds,
    DateTimeOffset? CancelledAt = null, int Sequence = 0);

internal sealed record CancelMaintenanceRequest(string? Reason);
