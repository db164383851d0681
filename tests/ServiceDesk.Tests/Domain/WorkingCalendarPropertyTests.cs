using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

/// <summary>The fast calendar against its own inverse and against a naive minute-by-minute walk.</summary>
public class WorkingCalendarPropertyTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    private static readonly DateOnly[] ClosingDays = [new(2026, 3, 3), new(2026, 12, 24), new(2027, 1, 4)];

    public static TheoryData<string, long> Starts()
    {
        string[] starts =
        [
            "2026-03-02T10:00:00+01:00", "2026-03-02T07:00:00+01:00", "2026-03-02T17:00:00+01:00",
            "2026-03-06T18:00:00+01:00", "2026-03-27T16:00:00+01:00", "2026-10-24T12:00:00+02:00",
            "2026-12-24T13:37:00+01:00", "2025-12-31T16:59:00+01:00", "2026-07-10T16:30:00+02:00",
            "2026-04-03T12:00:00+02:00", "2026-05-13T16:59:30+02:00", "2026-03-29T01:30:00Z",
        ];
        long[] minutes = [0, 1, 59, 60, 61, 119, 120, 479, 480, 481, 960, 2399, 2400, 2401, 9600, 14399, 14400, 14401, 100_000];
        var data = new TheoryData<string, long>();
        foreach (var start in starts)
        {
            foreach (var n in minutes)
            {
                data.Add(start, n);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Starts))]
    public void Between_undoes_add(string start, long minutes)
    {
        var s = Time.At(start);
        var due = WorkingCalendar.Default.AddWorkingMinutes(s, minutes);
        Assert.Equal(minutes, WorkingCalendar.Default.WorkingMinutesBetween(s, due));
        if (minutes > 0)
        {
            // The earliest such instant: inside working hours, never at the next day's opening.
            var local = TimeZoneInfo.ConvertTime(due, Brussels);
            Assert.True(WorkingCalendar.Default.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)));
            Assert.InRange(local.TimeOfDay, new TimeSpan(9, 0, 1), new TimeSpan(17, 0, 0));
            Assert.Equal(minutes - 1, WorkingCalendar.Default.WorkingMinutesBetween(s, due.AddMinutes(-1)));
            Assert.Equal(Brussels.GetUtcOffset(due), due.Offset);
        }
    }

    [Fact]
    public void Matches_a_naive_minute_walk_on_random_inputs()
    {
        var calendar = new WorkingCalendar(closingDays: ClosingDays);
        var random = new Random(20260302);
        var origin = new DateTime(2025, 12, 1);
        for (var sample = 0; sample < 300; sample++)
        {
            var local = origin.AddMinutes(random.Next(0, 500 * 24 * 60));
            var start = new DateTimeOffset(local, Brussels.GetUtcOffset(local));
            var minutes = sample % 3 == 0 ? random.Next(0, 14_401) : random.Next(0, 1_500);

            var expected = NaiveAdd(local, minutes);
            Assert.Equal(expected, calendar.AddWorkingMinutes(start, minutes).DateTime);

            var other = local.AddMinutes(random.Next(-30 * 24 * 60, 60 * 24 * 60));
            var end = new DateTimeOffset(other, Brussels.GetUtcOffset(other));
            var forward = local <= other ? NaiveBetween(local, other) : -NaiveBetween(other, local);
            Assert.Equal(forward, calendar.WorkingMinutesBetween(start, end));
        }
    }

    private static bool IsWorkingMinute(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !BelgianHolidays.IsHoliday(date)
            && !ClosingDays.Contains(date)
            && local.Hour >= 9 && local.Hour < 17;
    }

    private static DateTime NaiveAdd(DateTime local, long minutes)
    {
        if (minutes == 0)
        {
            return local;
        }
        for (var t = local; ; t = t.AddMinutes(1))
        {
            if (IsWorkingMinute(t) && --minutes == 0)
            {
                return t.AddMinutes(1);
            }
        }
    }

    private static long NaiveBetween(DateTime from, DateTime to)
    {
        long count = 0;
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            if (IsWorkingMinute(t))
            {
                count++;
            }
        }
        return count;
    }
}
