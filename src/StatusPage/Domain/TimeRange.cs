namespace StatusPage.Domain;

/// <summary>A half-open span of instants [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct TimeRange
{
    public TimeRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
            throw new ArgumentException($"End {end:O} lies before start {start:O}.", nameof(end));
        Start = start;
        End = end;
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    public bool IsEmpty => End == Start;

    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;

    /// <summary>The common part, or an empty range at the later start when the two do not overlap.</summary>
    public TimeRange Intersect(TimeRange other)
    {
        var start = Max(Start, other.Start);
        return new TimeRange(start, Max(start, Min(End, other.End)));
    }

    internal static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    internal static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
