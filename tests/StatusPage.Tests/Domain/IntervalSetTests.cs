using StatusPage.Domain;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class IntervalSetTests
{
    private static readonly DateTimeOffset T0 = At("2026-11-12T10:00:00+01:00");

    private static TimeRange R(int fromMinute, int toMinute) => new(T0.AddMinutes(fromMinute), T0.AddMinutes(toMinute));

    [Fact]
    public void Overlapping_and_adjacent_ranges_merge_and_count_once()
    {
        var set = IntervalSet.Of([R(30, 50), R(0, 20), R(10, 25), R(25, 28), R(60, 60)]);
        Assert.Equal([R(0, 28), R(30, 50)], set.Ranges);
        Assert.Equal(TimeSpan.FromMinutes(48), set.Duration);
    }

    [Fact]
    public void A_range_inside_another_adds_nothing() =>
        Assert.Equal(TimeSpan.FromMinutes(60), IntervalSet.Of([R(0, 60), R(10, 20)]).Duration);

    [Fact]
    public void Except_cuts_holes_at_start_middle_and_end()
    {
        var set = IntervalSet.Of([R(0, 100)]).Except(IntervalSet.Of([R(-10, 10), R(40, 50), R(90, 120)]));
        Assert.Equal([R(10, 40), R(50, 90)], set.Ranges);
    }

    [Fact]
    public void Except_everything_leaves_nothing() =>
        Assert.Empty(IntervalSet.Of([R(0, 10), R(20, 30)]).Except(IntervalSet.Of([R(-5, 35)])).Ranges);

    [Fact]
    public void Within_clips_to_the_window()
    {
        var set = IntervalSet.Of([R(-30, 10), R(20, 30), R(50, 90)]).Within(R(0, 60));
        Assert.Equal([R(0, 10), R(20, 30), R(50, 60)], set.Ranges);
    }

    [Fact]
    public void Union_merges_both_sets() =>
        Assert.Equal([R(0, 30)], IntervalSet.Of([R(0, 15)]).Union(IntervalSet.Of([R(10, 30)])).Ranges);

    [Fact]
    public void A_range_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new TimeRange(T0, T0.AddTicks(-1)));

    [Fact]
    public void Intersect_of_disjoint_ranges_is_empty() => Assert.True(R(0, 10).Intersect(R(20, 30)).IsEmpty);
}
