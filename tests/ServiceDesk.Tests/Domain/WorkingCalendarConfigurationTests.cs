using ServiceDesk.Domain;

namespace ServiceDesk.Tests.Domain;

public class WorkingCalendarConfigurationTests
{
    [Fact]
    public void Extra_closing_days_are_skipped_like_holidays()
    {
        var calendar = new WorkingCalendar(closingDays: [new DateOnly(2026, 3, 3), new DateOnly(2026, 12, 24)]);

        Assert.True(calendar.IsClosed(new DateOnly(2026, 3, 3)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 3)));
        Assert.Equal("2026-03-04T10:00:00+01:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-03-02T16:00:00+01:00"), 120)));
        Assert.Equal(120, calendar.WorkingMinutesBetween(Time.At("2026-03-02T16:00:00+01:00"), Time.At("2026-03-04T10:00:00+01:00")));
        Assert.Equal("2026-12-28T10:00:00+01:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-12-23T16:00:00+01:00"), 120)));
        // The shared default calendar is not affected.
        Assert.True(WorkingCalendar.Default.IsWorkingDay(new DateOnly(2026, 3, 3)));
    }

    [Fact]
    public void Custom_week_with_saturday_morning()
    {
        var standard = new OpeningHours(new TimeOnly(9, 0), new TimeOnly(17, 0));
        var week = new WorkingWeek(new Dictionary<DayOfWeek, OpeningHours>
        {
            [DayOfWeek.Monday] = standard,
            [DayOfWeek.Friday] = standard,
            [DayOfWeek.Saturday] = new(new TimeOnly(10, 0), new TimeOnly(12, 0)),
        });
        var calendar = new WorkingCalendar(week);

        Assert.Equal("2026-03-07T11:00:00+01:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-03-06T16:00:00+01:00"), 120)));
        Assert.Equal("2026-03-07T12:00:00+01:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-03-07T08:00:00+01:00"), 120)));
        Assert.Equal("2026-03-09T09:01:00+01:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-03-07T08:00:00+01:00"), 121)));
        Assert.Equal("2026-03-13T09:30:00+01:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-03-09T17:00:00+01:00"), 30)));
        Assert.Equal(8 * 60 + 120 + 8 * 60, calendar.WorkingMinutesBetween(Time.At("2026-03-06T00:00:00+01:00"), Time.At("2026-03-10T00:00:00+01:00")));
    }

    [Fact]
    public void Other_time_zone_keeps_its_own_wall_clock()
    {
        var calendar = new WorkingCalendar(timeZone: TimeZoneInfo.Utc);
        Assert.Equal("2026-03-02T12:00:00+00:00", Time.Iso(calendar.AddWorkingMinutes(Time.At("2026-03-02T10:00:00+00:00"), 120)));
    }

    [Fact]
    public void The_default_uses_europe_brussels()
    {
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels").Id, WorkingCalendar.Default.TimeZone.Id);
        Assert.Same(WorkingWeek.Standard, WorkingCalendar.Default.Week);
        Assert.Empty(WorkingCalendar.Default.ClosingDays);
    }

    [Fact]
    public void Opening_hours_must_close_after_opening()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpeningHours(new TimeOnly(17, 0), new TimeOnly(9, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpeningHours(new TimeOnly(9, 0), new TimeOnly(9, 0)));
    }

    [Fact]
    public void A_week_needs_a_working_day() =>
        Assert.Throws<ArgumentException>(() => new WorkingWeek(new Dictionary<DayOfWeek, OpeningHours>()));

    [Fact]
    public void Standard_week_is_monday_to_friday_nine_to_five()
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var hours = WorkingWeek.Standard[day];
            if (day is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Assert.Null(hours);
            }
            else
            {
                Assert.Equal(new OpeningHours(new TimeOnly(9, 0), new TimeOnly(17, 0)), hours);
            }
        }
    }
}
