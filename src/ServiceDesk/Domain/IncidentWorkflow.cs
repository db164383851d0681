using System.Collections.Frozen;

namespace ServiceDesk.Domain;

/// <summary>
/// Allowed status moves. Main path: new → acknowledged → in progress → (waiting for reporter) → resolved
/// → closed; resolved → in progress reopens. Shortcuts an agent needs: new → in progress, new → resolved
/// (answered at once), acknowledged → waiting for reporter, acknowledged → resolved, waiting for
/// reporter → resolved. Closed is final. Staying in the same status is not a move.
/// </summary>
internal static class IncidentWorkflow
{
    private static readonly FrozenDictionary<IncidentStatus, FrozenSet<IncidentStatus>> Moves =
        new Dictionary<IncidentStatus, FrozenSet<IncidentStatus>>
        {
            [IncidentStatus.New] = Set(IncidentStatus.Acknowledged, IncidentStatus.InProgress, IncidentStatus.Resolved),
            [IncidentStatus.Acknowledged] = Set(IncidentStatus.InProgress, IncidentStatus.WaitingForReporter, IncidentStatus.Resolved),
            [IncidentStatus.InProgress] = Set(IncidentStatus.WaitingForReporter, IncidentStatus.Resolved),
            [IncidentStatus.WaitingForReporter] = Set(IncidentStatus.InProgress, IncidentStatus.Resolved),
            [IncidentStatus.Resolved] = Set(IncidentStatus.InProgress, IncidentStatus.Closed),
            [IncidentStatus.Closed] = Set(),
        }.ToFrozenDictionary();

    public static bool CanMove(IncidentStatus from, IncidentStatus to) =>
        Moves.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The statuses an incident in <paramref name="from"/> may move to (for buttons and validation).</summary>
    public static IReadOnlySet<IncidentStatus> NextFrom(IncidentStatus from) =>
        Moves.TryGetValue(from, out var next) ? next : FrozenSet<IncidentStatus>.Empty;

    public static bool IsReopen(IncidentStatus from, IncidentStatus to) =>
        from == IncidentStatus.Resolved && to == IncidentStatus.InProgress;

    private static FrozenSet<IncidentStatus> Set(params IncidentStatus[] statuses) => statuses.ToFrozenSet();
}
