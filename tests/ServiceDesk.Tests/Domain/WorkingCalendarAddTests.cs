using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

public class WorkingCalendarAddTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Theory]
    // within one day, 2 March 2026 is a Monday
    [InlineData("2026-03-02T10:00:00+01:00", 120, "2026-03-02T12:00:00+01:00")]
    [InlineData("2026-03-02T10:00:00+01:00", 1, "2026-03-02T10:01:00+01:00")]
    [InlineData("2026-03-02T08:00:00Z", 60, "2026-03-02T10:00:00+01:00")]
    // ending exactly at 17:00 stays on that day
    [InlineData("2026-03-02T09:00:00+01:00", 480, "2026-03-02T17:00:00+01:00")]
    [InlineData("2026-03-02T16:00:00+01:00", 60, "2026-03-02T17:00:00+01:00")]
    [InlineData("2026-03-02T07:30:00+01:00", 480, "2026-03-02T17:00:00+01:00")]
    [InlineData("2026-03-02T09:00:00+01:00", 2400, "2026-03-06T17:00:00+01:00")]
    [InlineData("2026-03-06T17:00:00+01:00", 480, "2026-03-09T17:00:00+01:00")]
    [InlineData("2026-03-02T16:00:00+01:00", 61, "2026-03-03T09:01:00+01:00")]
    // starts outside working hours
    [InlineData("2026-03-02T07:30:00+01:00", 60, "2026-03-02T10:00:00+01:00")]
    [InlineData("2026-03-03T00:00:00+01:00", 30, "2026-03-03T09:30:00+01:00")]
    [InlineData("2026-03-02T17:00:00+01:00", 1, "2026-03-03T09:01:00+01:00")]
    [InlineData("2026-03-02T18:00:00+01:00", 60, "2026-03-03T10:00:00+01:00")]
    [InlineData("2026-03-02T23:59:00+01:00", 480, "2026-03-03T17:00:00+01:00")]
    // weekends
    [InlineData("2026-03-06T16:00:00+01:00", 120, "2026-03-09T10:00:00+01:00")]
    [InlineData("2026-03-07T11:00:00+01:00", 60, "2026-03-09T10:00:00+01:00")]
    [InlineData("2026-03-08T23:59:00+01:00", 1, "2026-03-09T09:01:00+01:00")]
    [InlineData("2026-03-02T10:00:00+01:00", 2400, "2026-03-09T10:00:00+01:00")]
    // Easter Monday (Good Friday is worked), Ascension, Whit Monday, 1 May
    [InlineData("2026-04-03T09:00:00+02:00", 480, "2026-04-03T17:00:00+02:00")]
    [InlineData("2026-04-03T16:00:00+02:00", 120, "2026-04-07T10:00:00+02:00")]
    [InlineData("2026-05-13T16:00:00+02:00", 120, "2026-05-15T10:00:00+02:00")]
    [InlineData("2026-05-22T16:00:00+02:00", 120, "2026-05-26T10:00:00+02:00")]
    [InlineData("2026-04-30T16:00:00+02:00", 120, "2026-05-04T10:00:00+02:00")]
    [InlineData("2026-03-27T09:00:00+01:00", 14400, "2026-05-11T17:00:00+02:00")]
    // 11 and 21 July: 2025 Fri/Mon, 2024 Thu/Sun (a Sunday holiday is not moved), 2026 Sat/Tue
    [InlineData("2025-07-10T16:00:00+02:00", 120, "2025-07-14T10:00:00+02:00")]
    [InlineData("2025-07-18T16:00:00+02:00", 120, "2025-07-22T10:00:00+02:00")]
    [InlineData("2024-07-10T16:00:00+02:00", 120, "2024-07-12T10:00:00+02:00")]
    [InlineData("2024-07-19T16:00:00+02:00", 120, "2024-07-22T10:00:00+02:00")]
    [InlineData("2026-07-20T16:00:00+02:00", 120, "2026-07-22T10:00:00+02:00")]
    [InlineData("2026-07-21T10:00:00+02:00", 60, "2026-07-22T10:00:00+02:00")]
    [InlineData("2025-08-14T16:00:00+02:00", 120, "2025-08-18T10:00:00+02:00")]
    [InlineData("2027-11-10T16:00:00+01:00", 120, "2027-11-12T10:00:00+01:00")]
    // DST weekends: last Sunday of March (+01:00 → +02:00) and of October (+02:00 → +01:00)
    [InlineData("2026-03-27T16:00:00+01:00", 120, "2026-03-30T10:00:00+02:00")]
    [InlineData("2026-03-27T09:00:00+01:00", 960, "2026-03-30T17:00:00+02:00")]
    [InlineData("2026-03-29T01:30:00Z", 60, "2026-03-30T10:00:00+02:00")]
    [InlineData("2026-10-23T16:00:00+02:00", 120, "2026-10-26T10:00:00+01:00")]
    [InlineData("2026-10-23T09:00:00+02:00", 960, "2026-10-26T17:00:00+01:00")]
    [InlineData("2026-10-25T00:30:00Z", 60, "2026-10-26T10:00:00+01:00")]
    [InlineData("2026-10-25T01:30:00Z", 60, "2026-10-26T10:00:00+01:00")]
    [InlineData("2025-10-24T16:30:00+02:00", 60, "2025-10-27T09:30:00+01:00")]
    [InlineData("2025-03-28T16:30:00+01:00", 60, "2025-03-31T09:30:00+02:00")]
    // year ends
    [InlineData("2026-12-31T16:00:00+01:00", 120, "2027-01-04T10:00:00+01:00")]
    [InlineData("2025-12-31T16:00:00+01:00", 120, "2026-01-02T10:00:00+01:00")]
    [InlineData("2026-12-24T16:00:00+01:00", 120, "2026-12-28T10:00:00+01:00")]
    [InlineData("2027-12-24T16:00:00+01:00", 120, "2027-12-27T10:00:00+01:00")]
    [InlineData("2022-12-30T16:00:00+01:00", 120, "2023-01-02T10:00:00+01:00")]
    [InlineData("2025-12-26T16:00:00+01:00", 120, "2025-12-29T10:00:00+01:00")]
    [InlineData("2028-02-28T16:00:00+01:00", 120, "2028-02-29T10:00:00+01:00")]
    // 240 working hours over Christmas, the weekend and New Year
    [InlineData("2026-12-24T09:00:00+01:00", 14400, "2027-02-05T17:00:00+01:00")]
    [InlineData("2025-12-24T10:00:00+01:00", 14400, "2026-02-06T10:00:00+01:00")]
    [InlineData("2027-12-20T09:00:00+01:00", 14400, "2028-01-28T17:00:00+01:00")]
    public void Adds_working_minutes(string start, long minutes, string expected) =>
        Assert.Equal(expected, Time.Iso(Calendar.AddWorkingMinutes(Time.At(start), minutes)));

    [Theory]
    [InlineData("2026-03-02T10:00:00+01:00", 2, "2026-03-02T12:00:00+01:00")]
    [InlineData("2026-03-02T10:00:00+01:00", 240, "2026-04-14T10:00:00+02:00")]
    public void Adds_working_hours(string start, int hours, string expected) =>
        Assert.Equal(expected, Time.Iso(Calendar.AddWorkingHours(Time.At(start), hours)));

    [Fact]
    public void Keeps_sub_minute_precision()
    {
        var due = Calendar.AddWorkingTime(Time.At("2026-03-02T10:15:42.5+01:00"), TimeSpan.FromHours(2));
        Assert.Equal(Time.At("2026-03-02T12:15:42.5+01:00"), due);
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00+01:00")]
    [InlineData("2026-03-07T10:00:00+01:00")]
    public void Zero_returns_the_start_itself(string start) =>
        Assert.Equal(Time.At(start), Calendar.AddWorkingMinutes(Time.At(start), 0));

    [Fact]
    public void Negative_duration_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingMinutes(Time.At("2026-03-02T10:00:00+01:00"), -1));

    [Fact]
    public void Ten_years_of_working_time_lands_on_the_last_working_day()
    {
        // 2026–2035 hold 1,210,560 working minutes (2,522 working days); 31 Dec 2035 is a Monday.
        var due = Calendar.AddWorkingMinutes(Time.At("2026-01-01T00:00:00+01:00"), 1_210_560);
        Assert.Equal("2035-12-31T17:00:00+01:00", Time.Iso(due));
    }

    [Fact]
    public void Beyond_the_last_representable_year_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingHours(Time.At("9999-12-30T10:00:00+01:00"), 24));
}
