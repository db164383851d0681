namespace ServiceDesk.Incidents;

internal enum IncidentChannel
{
    Portal = 0,
    Email = 1,
    Phone = 2,
}

/// <summary>An incident of one tenant. Clocks are not stored: they are derived from these facts and the status history.</summary>
internal sealed class Incident : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>The number people say and search, <c>MBP-2026-00042</c>: unique, sequential per year (gaps allowed).</summary>
    public string Number { get; set; } = "";

    public required string Title { get; set; }
    public required string Description { get; set; }
    public int Urgency { get; set; }
    public int Impact { get; set; }
    public Priority Priority { get; set; }
    public string? PriorityOverrideReason { get; set; }
    public string? AffectedFeature { get; set; }
    public IncidentStatus Status { get; set; }
    public IncidentChannel Channel { get; set; }

    /// <summary>When it was reported; for e-mail or phone, when it was received.</summary>
    public DateTimeOffset ReportedAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public Guid? ReporterUserId { get; set; }
    public required string ReporterName { get; set; }
    public string? ReporterEmail { get; set; }
    public Guid? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }
    /// <summary>When the reporter first got an answer: a public reply or the resolution mail, once delivered (DOMAIN.md §3).
    /// Stops the response clock; a silent status change never sets it.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }
    public List<IncidentEvent> Events { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
}
