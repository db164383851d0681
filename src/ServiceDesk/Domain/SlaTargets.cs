namespace ServiceDesk.Domain;

/// <summary>Response and resolution targets of one priority, in working time.</summary>
internal sealed record SlaTarget
{
    public SlaTarget(TimeSpan response, TimeSpan resolution)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(response, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(resolution, TimeSpan.Zero);
        Response = response;
        Resolution = resolution;
    }

    public TimeSpan Response { get; }

    public TimeSpan Resolution { get; }
}

/// <summary>Targets for every priority.</summary>
internal sealed class SlaTargets
{
    private readonly SlaTarget[] byPriority = new SlaTarget[4];

    public SlaTargets(IReadOnlyDictionary<Priority, SlaTarget> targets)
    {
        foreach (var priority in Enum.GetValues<Priority>())
        {
            byPriority[(int)priority - 1] = targets.TryGetValue(priority, out var target)
                ? target
                : throw new ArgumentException($"No target for {priority}.", nameof(targets));
        }
    }

    /// <summary>The contract's targets in working hours: P1 2/8, P2 4/40, P3 8/160, P4 8/240.</summary>
    public static SlaTargets Contract { get; } = new(new Dictionary<Priority, SlaTarget>
    {
        [Priority.P1] = new(TimeSpan.FromHours(2), TimeSpan.FromHours(8)),
        [Priority.P2] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(40)),
        [Priority.P3] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(160)),
        [Priority.P4] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(240)),
    });

    public SlaTarget For(Priority priority)
    {
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority.");
        }
        return byPriority[(int)priority - 1];
    }
}
