using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

public class WorkingCalendarBetweenTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Theory]
    [InlineData("2026-03-02T10:00:00+01:00", "2026-03-02T12:00:00+01:00", 120)]
    [InlineData("2026-03-02T10:00:00+01:00", "2026-03-02T10:00:00+01:00", 0)]
    [InlineData("2026-03-02T06:00:00+01:00", "2026-03-02T08:59:00+01:00", 0)]
    [InlineData("2026-03-02T06:00:00+01:00", "2026-03-02T23:00:00+01:00", 480)]
    [InlineData("2026-03-02T17:00:00+01:00", "2026-03-03T09:00:00+01:00", 0)]
    [InlineData("2026-03-06T16:00:00+01:00", "2026-03-09T10:00:00+01:00", 120)]
    [InlineData("2026-03-07T08:00:00+01:00", "2026-03-08T20:00:00+01:00", 0)]
    [InlineData("2026-03-02T09:00:00+01:00", "2026-03-09T09:00:00+01:00", 2400)]
    [InlineData("2026-03-02T11:00:00Z", "2026-03-02T14:00:00Z", 180)]
    // holidays count nothing
    [InlineData("2026-04-03T16:00:00+02:00", "2026-04-07T10:00:00+02:00", 120)]
    [InlineData("2026-05-14T09:00:00+02:00", "2026-05-14T17:00:00+02:00", 0)]
    [InlineData("2025-07-11T09:00:00+02:00", "2025-07-11T17:00:00+02:00", 0)]
    [InlineData("2025-07-21T09:00:00+02:00", "2025-07-21T17:00:00+02:00", 0)]
    // DST: the 79 real hours between Friday 9:00 and Monday 17:00 hold 16 working hours either way
    [InlineData("2026-03-27T09:00:00+01:00", "2026-03-30T17:00:00+02:00", 960)]
    [InlineData("2026-10-23T09:00:00+02:00", "2026-10-26T17:00:00+01:00", 960)]
    [InlineData("2026-03-29T00:00:00+01:00", "2026-03-29T23:00:00+02:00", 0)]
    // year ends and whole years
    [InlineData("2026-12-24T09:00:00+01:00", "2027-01-04T09:00:00+01:00", 2400)]
    [InlineData("2026-12-31T16:00:00+01:00", "2027-01-04T10:00:00+01:00", 120)]
    [InlineData("2026-01-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00", 121_440)]
    [InlineData("2024-01-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00", 362_880)]
    [InlineData("2026-01-01T00:00:00+01:00", "2036-01-01T00:00:00+01:00", 1_210_560)]
    public void Counts_working_minutes(string from, string to, long expected)
    {
        Assert.Equal(expected, Calendar.WorkingMinutesBetween(Time.At(from), Time.At(to)));
        Assert.Equal(-expected, Calendar.WorkingMinutesBetween(Time.At(to), Time.At(from)));
    }

    [Fact]
    public void Keeps_sub_minute_precision()
    {
        var from = Time.At("2026-03-02T10:00:00+01:00");
        Assert.Equal(TimeSpan.FromSeconds(30), Calendar.WorkingTimeBetween(from, from.AddSeconds(30)));
        Assert.Equal(0, Calendar.WorkingMinutesBetween(from, from.AddSeconds(59)));
        Assert.Equal(1, Calendar.WorkingMinutesBetween(from, from.AddSeconds(61)));
    }

    [Theory]
    [InlineData("2026-03-02", true, 480)]
    [InlineData("2026-03-07", false, 0)]
    [InlineData("2026-04-03", true, 480)]
    [InlineData("2026-04-06", false, 0)]
    [InlineData("2025-07-11", false, 0)]
    [InlineData("2025-12-26", true, 480)]
    [InlineData("2026-03-29", false, 0)]
    public void Working_days(string date, bool working, int minutes)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(Time.Date(date)));
        Assert.Equal(TimeSpan.FromMinutes(minutes), Calendar.WorkingTimeOn(Time.Date(date)));
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00+01:00", "2026-03-02T10:00:00+01:00")]
    [InlineData("2026-03-02T09:00:00+01:00", "2026-03-02T09:00:00+01:00")]
    [InlineData("2026-03-02T16:59:00+01:00", "2026-03-02T16:59:00+01:00")]
    [InlineData("2026-03-02T07:00:00+01:00", "2026-03-02T09:00:00+01:00")]
    [InlineData("2026-03-02T17:00:00+01:00", "2026-03-03T09:00:00+01:00")]
    [InlineData("2026-03-06T20:00:00+01:00", "2026-03-09T09:00:00+01:00")]
    [InlineData("2026-03-28T12:00:00+01:00", "2026-03-30T09:00:00+02:00")]
    [InlineData("2026-12-24T17:30:00+01:00", "2026-12-28T09:00:00+01:00")]
    public void Next_working_moment(string instant, string expected) =>
        Assert.Equal(expected, Time.Iso(Calendar.NextWorkingMoment(Time.At(instant))));
}
