using System.Collections.Frozen;

namespace ServiceDesk.Domain;

/// <summary>
/// How incident clocks run: the calendar, the targets per priority and the statuses during which the
/// resolution clock pauses. Data, not code, so another agreement can pause where this contract does not.
/// </summary>
internal sealed record ClockPolicy(WorkingCalendar Calendar, SlaTargets Targets, IReadOnlySet<IncidentStatus> PausingStatuses)
{
    /// <summary>The contract's policy: standard calendar, contract targets, no pause.</summary>
    public static ClockPolicy Contract { get; } = ForContract(WorkingCalendar.Default);

    /// <summary>The contract's policy on a calendar that carries the admins' extra closing days.</summary>
    public static ClockPolicy ForContract(WorkingCalendar calendar) =>
        new(calendar, SlaTargets.Contract, FrozenSet<IncidentStatus>.Empty);
}
