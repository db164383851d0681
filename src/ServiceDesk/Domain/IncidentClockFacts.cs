namespace ServiceDesk.Domain;

/// <summary>A status an incident entered at an instant.</summary>
internal sealed record StatusChange(DateTimeOffset At, IncidentStatus Status);

/// <summary>
/// What the clocks are computed from. Before the first change in <paramref name="StatusHistory"/> the
/// incident is <see cref="IncidentStatus.New"/>; the history needs no particular order.
/// </summary>
/// <param name="ReportedAt">When the incident was reported (for e-mail: when it was received).</param>
/// <param name="Priority">The current priority; both targets always count from <paramref name="ReportedAt"/>.</param>
/// <param name="AnsweredAt">When the reporter first got an answer: a delivered public reply, or the delivered resolution mail
/// with its explanation. Internal notes, automatic acknowledgements and silent status changes do not count.</param>
internal sealed record IncidentClockFacts(
    DateTimeOffset ReportedAt,
    Priority Priority,
    DateTimeOffset? AnsweredAt,
    IReadOnlyList<StatusChange> StatusHistory);

internal enum ClockState
{
    /// <summary>Counting, within target.</summary>
    Running,

    /// <summary>In a status the policy pauses on, within target.</summary>
    Paused,

    /// <summary>Stopped within target.</summary>
    Met,

    /// <summary>Elapsed working time is more than the target, stopped or not.</summary>
    Breached,
}

/// <param name="DueAt">When elapsed time reaches the target: reached, or projected from the stop (or, while paused, from now).</param>
/// <param name="StoppedAt">When the clock stopped, null while it can still count.</param>
/// <param name="DueSoon">Running with at least 75 % of the target elapsed.</param>
internal sealed record ClockReading(
    TimeSpan Target,
    DateTimeOffset DueAt,
    TimeSpan Elapsed,
    ClockState State,
    bool DueSoon,
    DateTimeOffset? StoppedAt)
{
    /// <summary>Working time left; negative once breached.</summary>
    public TimeSpan Remaining => Target - Elapsed;
}

internal sealed record IncidentClocks(ClockReading Response, ClockReading Resolution);
