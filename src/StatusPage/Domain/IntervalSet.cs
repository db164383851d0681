namespace StatusPage.Domain;

/// <summary>
/// A set of instants kept as sorted, disjoint, non-empty ranges, so that overlapping incidents are counted once.
/// </summary>
internal sealed class IntervalSet
{
    private IntervalSet(IReadOnlyList<TimeRange> ranges) => Ranges = ranges;

    public static IntervalSet Empty { get; } = new([]);

    public IReadOnlyList<TimeRange> Ranges { get; }

    public TimeSpan Duration => Ranges.Aggregate(TimeSpan.Zero, (total, range) => total + range.Duration);

    public static IntervalSet Of(IEnumerable<TimeRange> ranges)
    {
        var merged = new List<TimeRange>();
        foreach (var range in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
                merged[^1] = new TimeRange(merged[^1].Start, TimeRange.Max(merged[^1].End, range.End));
            else
                merged.Add(range);
        }
        return new IntervalSet(merged);
    }

    public IntervalSet Union(IntervalSet other) => Of(Ranges.Concat(other.Ranges));

    public IntervalSet Within(TimeRange window) =>
        new(Ranges.Where(window.Overlaps).Select(window.Intersect).ToList());

    public IntervalSet Except(IntervalSet other)
    {
        var result = new List<TimeRange>();
        foreach (var range in Ranges)
        {
            var cursor = range.Start;
            foreach (var hole in other.Ranges.Where(range.Overlaps))
            {
                if (hole.Start > cursor)
                    result.Add(new TimeRange(cursor, hole.Start));
                cursor = TimeRange.Max(cursor, hole.End);
            }
            if (cursor < range.End)
                result.Add(new TimeRange(cursor, range.End));
        }
        return new IntervalSet(result);
    }
}
