namespace ServiceDesk.Incidents;

internal enum IncidentEventKind
{
    Created = 0,
    StatusChanged = 1,
    PriorityChanged = 2,
    Assigned = 3,
    PublicReply = 4,
    InternalNote = 5,
    AttachmentAdded = 6,
}

/// <summary>One entry of an incident's history: who did what, when. Internal notes are never shown to reporters.</summary>
internal sealed class IncidentEvent : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid IncidentId { get; set; }
    public DateTimeOffset At { get; set; }
    public IncidentEventKind Kind { get; set; }
    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>Set for <see cref="IncidentEventKind.StatusChanged"/> (and Created): the status entered; read by the clocks.</summary>
    public IncidentStatus? Status { get; set; }

    public string? From { get; set; }
    public string? To { get; set; }
    public string? Text { get; set; }

    public bool VisibleToReporter => Kind != IncidentEventKind.InternalNote;
}
