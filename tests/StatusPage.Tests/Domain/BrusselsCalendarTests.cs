using StatusPage.Domain;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class BrusselsCalendarTests
{
    [Theory]
    [InlineData("2026-11-12", 24, "2026-11-11T23:00:00+00:00")]
    [InlineData("2026-07-01", 24, "2026-06-30T22:00:00+00:00")]
    [InlineData("2026-03-29", 23, "2026-03-28T23:00:00+00:00")] // last Sunday of March: clocks go forward
    [InlineData("2026-10-25", 25, "2026-10-24T22:00:00+00:00")] // last Sunday of October: clocks go back
    [InlineData("2027-03-28", 23, "2027-03-27T23:00:00+00:00")]
    [InlineData("2027-10-31", 25, "2027-10-30T22:00:00+00:00")]
    [InlineData("2026-03-28", 24, "2026-03-27T23:00:00+00:00")]
    [InlineData("2026-10-26", 24, "2026-10-25T23:00:00+00:00")]
    public void A_day_runs_from_Brussels_midnight_to_midnight(string day, int hours, string startUtc)
    {
        var range = BrusselsCalendar.Day(Day(day));
        Assert.Equal(TimeSpan.FromHours(hours), range.Duration);
        Assert.Equal(At(startUtc), range.Start);
    }

    [Theory]
    [InlineData(2026, 11, 720)]
    [InlineData(2026, 12, 744)]
    [InlineData(2026, 3, 743)]
    [InlineData(2026, 10, 745)]
    [InlineData(2026, 2, 672)]
    [InlineData(2028, 2, 696)] // leap year
    public void A_month_lasts_its_real_hours(int year, int month, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), BrusselsCalendar.Month(year, month).Duration);

    [Theory]
    [InlineData("2026-11-11T23:30:00+00:00", "2026-11-12")] // 00:30 in Brussels
    [InlineData("2026-11-11T22:59:59+00:00", "2026-11-11")]
    [InlineData("2026-06-30T22:00:00+00:00", "2026-07-01")] // summer time: UTC+2
    [InlineData("2026-06-30T21:59:59+00:00", "2026-06-30")]
    public void Day_of_uses_the_Brussels_date(string instant, string expected) =>
        Assert.Equal(Day(expected), BrusselsCalendar.DayOf(At(instant)));

    [Fact]
    public void Month_of_an_instant_late_on_the_last_day_in_UTC_is_the_next_Brussels_month()
    {
        var month = BrusselsCalendar.MonthOf(At("2026-11-30T23:30:00+00:00"));
        Assert.Equal(BrusselsCalendar.Month(2026, 12), month);
        Assert.Equal(At("2026-12-01T00:00:00+01:00"), month.Start);
    }
}
