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

    /// <summary>The breach, escalated to the desk lead.</summary>
    Escalation = 2,
}

/// <summary>Send-once log of the SLA warning mails; the unique (IncidentId, Clock, Kind) key is the guarantee.</summary>
internal sealed class SlaWarning
{
    public Guid Id { get; set; }
    public Guid IncidentId { get; set; }
    public SlaClockKind Clock { get; set; }
    public SlaWarningKind Kind { get; set; }
    public DateTimeOffset SentAt { get; set; }

    /// <summary>The assignee told; <see cref="Guid.Empty"/> for the desk's mailbox or the lead.</summary>
    public Guid AssigneeId { get; set; }
}

internal enum IncidentMailKind
{
    Reply = 0,
    Resolution = 1,

    /// <summary>To the reporter on recording: number, priority, due times. Automatic: never the answer.</summary>
    Acknowledgement = 2,

    /// <summary>To the desk at once (by default P1 and P2).</summary>
    DeskAlert = 3,

    /// <summary>Waits for the desk's digest (by default P3 and P4); delivered when a digest that lists it went out.</summary>
    DeskDigest = 4,
}

/// <summary>
/// Send-once log and outbox of the mails about an incident. The row is written with the change that causes it; delivery
/// claims it (the <see cref="ClaimToken"/> concurrency token lets one node win), sends, and records the delivery or the
/// failure for a retry. The unique (IncidentId, Key) index keeps a mail from being queued twice.
/// </summary>
internal sealed class IncidentMail : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid IncidentId { get; set; }
    public IncidentMailKind Kind { get; set; }

    /// <summary>What the mail is about (the id of the reply or status event); unique per incident.</summary>
    public required string Key { get; set; }

    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string MessageId { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The last failure, without addresses (exception type and SMTP status only).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
    public Guid ClaimToken { get; set; }

    /// <summary>A delivered reply or resolution mail is the answer that stops the response clock.</summary>
    public bool IsAnswer => Kind is IncidentMailKind.Reply or IncidentMailKind.Resolution;
}

/// <summary>The last incident number given out in a year; <see cref="Last"/> is the concurrency token, so two nodes never give
/// out the same number.</summary>
internal sealed class IncidentNumberSeries
{
    public int Year { get; set; }
    public int Last { get; set; }
}
