using Platform.Kernel.Tenancy;
using ServiceDesk.Domain;

namespace ServiceDesk.Persistence;

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
    public DateTimeOffset? FirstPublicReplyAt { get; set; }
    public List<IncidentEvent> Events { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
}

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

internal sealed class Attachment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid IncidentId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>One of a tenant's three reporter seats; the unique (TenantId, Seat) index makes the limit hold under concurrency.</summary>
internal sealed class ReporterSeat : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Seat { get; set; }

    /// <summary>Null while the user is being created (the seat is reserved first).</summary>
    public Guid? UserId { get; set; }

    /// <summary>While the user is being created: its e-mail address, so a concurrent request does not mistake the
    /// half-created reporter for one created elsewhere and give it a second seat.</summary>
    public string? PendingEmail { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}

/// <summary>A day the service desk is closed on top of the Belgian holidays, added by a platform admin.</summary>
internal sealed class ClosingDay
{
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public required string AddedBy { get; set; }
}

/// <summary>The clock policy as data: targets per priority (minutes) and the statuses that pause the resolution clock.</summary>
internal sealed class ClockPolicyRecord
{
    public const string ContractName = "contract";

    public required string Name { get; set; }
    public int P1ResponseMinutes { get; set; }
    public int P1ResolutionMinutes { get; set; }
    public int P2ResponseMinutes { get; set; }
    public int P2ResolutionMinutes { get; set; }
    public int P3ResponseMinutes { get; set; }
    public int P3ResolutionMinutes { get; set; }
    public int P4ResponseMinutes { get; set; }
    public int P4ResolutionMinutes { get; set; }

    /// <summary>Comma-separated <see cref="IncidentStatus"/> names; empty for the contract.</summary>
    public string PausingStatuses { get; set; } = "";
}

internal enum SlaClockKind
{
    Response = 0,
    Resolution = 1,
}

internal enum SlaWarningKind
{
    SeventyFivePercent = 0,
    Breach = 1,
}

/// <summary>Send-once log of the SLA warning mails; the unique (IncidentId, Clock, Kind) key is the guarantee.</summary>
internal sealed class SlaWarning
{
    public Guid Id { get; set; }
    public Guid IncidentId { get; set; }
    public SlaClockKind Clock { get; set; }
    public SlaWarningKind Kind { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public Guid AssigneeId { get; set; }
}
