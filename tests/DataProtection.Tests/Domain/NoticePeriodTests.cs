using DataProtection.Domain;

namespace DataProtection.Tests.Domain;

/// <summary>The charter's 30 days' notice (6.2, 6.3, 14.3), counted from the day after the notice, last day included.</summary>
public sealed class NoticePeriodTests
{
    [Theory]
    [InlineData("2026-12-05", "2027-01-04", "2027-01-05")] // across the year end
    [InlineData("2027-01-31", "2027-03-02", "2027-03-03")] // across February, not a leap year
    [InlineData("2028-01-31", "2028-03-01", "2028-03-02")] // across February, leap year
    [InlineData("2027-03-01", "2027-03-31", "2027-04-01")] // a month of 31 days
    [InlineData("2027-04-01", "2027-05-01", "2027-05-02")] // a month of 30 days
    [InlineData("2027-02-28", "2027-03-30", "2027-03-31")]
    public void Deadline_and_earliest_effective_date(string announced, string deadline, string earliest)
    {
        var on = DateOnly.Parse(announced);
        Assert.Equal(DateOnly.Parse(deadline), NoticePeriod.ObjectionDeadline(on));
        Assert.Equal(DateOnly.Parse(earliest), NoticePeriod.EarliestEffectiveOn(on));
        Assert.Equal(30, NoticePeriod.ObjectionDeadline(on).DayNumber - on.DayNumber);
    }

    [Fact]
    public void Objections_close_at_midnight_in_Brussels_after_the_deadline_also_across_a_DST_change()
    {
        // Announced 1 March 2027 (CET): deadline 31 March 2027, after the switch to CEST on 28 March.
        var announced = new DateOnly(2027, 3, 1);
        var close = NoticePeriod.ObjectionsCloseAt(announced);
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 22, 0, 0, TimeSpan.Zero), close); // 1 April 00:00 CEST
        Assert.True(NoticePeriod.CanObject(announced, close.AddTicks(-1)));
        Assert.False(NoticePeriod.CanObject(announced, close));
        // Winter: announced 1 October 2027, deadline 31 October (CET again after 31 October 03:00).
        var autumn = NoticePeriod.ObjectionsCloseAt(new DateOnly(2027, 10, 1));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 23, 0, 0, TimeSpan.Zero), autumn);
    }

    [Fact]
    public void An_objection_the_evening_of_the_announcement_day_in_Brussels_counts()
    {
        var announced = new DateOnly(2027, 1, 31);
        // 31 January 23:30 in Brussels is 22:30 UTC on the same day.
        Assert.True(NoticePeriod.CanObject(announced, new DateTimeOffset(2027, 1, 31, 22, 30, 0, TimeSpan.Zero)));
        Assert.True(NoticePeriod.CanObject(announced, new DateTimeOffset(2027, 3, 2, 22, 59, 59, TimeSpan.Zero)));
        Assert.False(NoticePeriod.CanObject(announced, new DateTimeOffset(2027, 3, 2, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(NoticePeriod.CanObject(announced, new DateTimeOffset(2027, 1, 30, 22, 0, 0, TimeSpan.Zero))); // before the notice
    }

    [Theory]
    [InlineData("2027-03-02", "2027-03-03", new string[0], ChangeStep.Wait)]
    [InlineData("2027-03-03", "2027-03-03", new string[0], ChangeStep.TakeEffect)]
    [InlineData("2027-04-10", "2027-03-03", new string[0], ChangeStep.TakeEffect)] // the job missed days: still applied
    [InlineData("2027-03-03", "2027-03-03", new[] { "open" }, ChangeStep.WaitForSettlement)]
    [InlineData("2027-03-03", "2027-03-03", new[] { "Kept", "Replaced" }, ChangeStep.TakeEffect)]
    [InlineData("2027-03-01", "2027-03-03", new[] { "Kept", "NotAppointed" }, ChangeStep.Withdraw)] // withdrawn even before the date
    [InlineData("2027-03-01", "2027-03-03", new[] { "open", "Kept" }, ChangeStep.Wait)]
    public void What_the_daily_job_does(string today, string effective, string[] objections, ChangeStep expected)
    {
        var settlements = objections.Select(o => o == "open" ? (Settlement?)null : Enum.Parse<Settlement>(o)).ToList();
        Assert.Equal(expected, ChangeDecision.Next(DateOnly.Parse(effective), DateOnly.Parse(today), settlements));
    }
}

/// <summary>Charter 8.1, DOMAIN §5 decision: 24 hours from detection by default; the clock of a tenant stops when it is told.</summary>
public sealed class BreachClockTests
{
    private static readonly DateTimeOffset Detected = new(2027, 3, 27, 23, 30, 0, TimeSpan.Zero); // the night before DST starts

    [Fact]
    public void Running_clock_against_a_24_hour_target()
    {
        var r = BreachClock.Read(Detected, TimeSpan.FromHours(24), Detected.AddHours(23).AddMinutes(59), null);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 23, 30, 0, TimeSpan.Zero), r.DueAt); // 24 real hours, although the Brussels day has 23
        Assert.False(r.Late);
        Assert.False(r.Stopped);
        Assert.True(BreachClock.Read(Detected, TimeSpan.FromHours(24), Detected.AddHours(24).AddSeconds(1), null).Late);
        Assert.False(BreachClock.Read(Detected, TimeSpan.FromHours(24), Detected.AddHours(24), null).Late);
    }

    [Fact]
    public void Notification_stops_the_clock()
    {
        var r = BreachClock.Read(Detected, TimeSpan.FromHours(24), Detected.AddDays(5), Detected.AddHours(26).AddMinutes(5));
        Assert.True(r.Stopped);
        Assert.True(r.Late);
        Assert.Equal("26 u 05 min", BreachClock.Dutch(r.Elapsed));
        Assert.False(BreachClock.Read(Detected, TimeSpan.FromHours(48), Detected.AddDays(5), Detected.AddHours(26)).Late); // configurable target
    }

    [Fact]
    public void A_detection_time_recorded_in_the_future_counts_as_zero() =>
        Assert.Equal(TimeSpan.Zero, BreachClock.Read(Detected, TimeSpan.FromHours(24), Detected.AddMinutes(-5), null).Elapsed);
}
