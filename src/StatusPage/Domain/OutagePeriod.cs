namespace StatusPage.Domain;

/// <summary>
/// A stretch of time during which incident <see cref="IncidentId"/> held a component at <see cref="Level"/>.
/// An incident whose level changes is several consecutive periods with the same id.
/// <see cref="End"/> is null while the period is still going on.
/// </summary>
internal sealed record OutagePeriod(Guid IncidentId, DateTimeOffset Start, DateTimeOffset? End, ImpactLevel Level)
{
    public DateTimeOffset? End { get; init; } = End is null || End >= Start
        ? End
        : throw new ArgumentException($"End {End:O} lies before start {Start:O}.", nameof(End));

    /// <summary>The period as known at <paramref name="now"/>: an ongoing one runs until now, and nothing
    /// after now is known yet.</summary>
    public TimeRange KnownAt(DateTimeOffset now)
    {
        var end = TimeRange.Min(End ?? now, now);
        return new TimeRange(TimeRange.Min(Start, end), end);
    }

    /// <summary>Whether the period shows on <paramref name="window"/>, including a zero-length period that
    /// starts inside it.</summary>
    public bool Touches(TimeRange window, DateTimeOffset now)
    {
        var known = KnownAt(now);
        return known.IsEmpty ? window.Contains(known.Start) && Start <= now : known.Overlaps(window);
    }
}
