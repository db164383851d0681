namespace ServiceDesk.Mails;

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
