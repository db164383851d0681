namespace ServiceDesk.Warnings;

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
