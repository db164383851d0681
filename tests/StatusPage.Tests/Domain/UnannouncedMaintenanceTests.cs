using StatusPage.Domain;
using static StatusPage.Tests.Domain.History;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

/// <summary>
/// DOMAIN.md §4: maintenance counts against the 99.9 % unless it was announced to subscribers before it started;
/// never announced and announced only after the start count the same way, for the day bars, the month, the 90 days
/// and the downtime budget. Each window runs two hours across midnight and a month end: one hour on either side.
/// </summary>
public class UnannouncedMaintenanceTests
{
    public static TheoryData<string, int?, bool> Cases()
    {
        var data = new TheoryData<string, int?, bool>();
        // Winter time, 30 November into 1 December; and the night after the DST change, 31 October into 1 November.
        foreach (var start in new[] { "2026-11-30T23:00+01:00", "2026-10-31T23:00+01:00" })
        {
            data.Add(start, -7 * 24 * 60, false); // a week ahead: planned, excluded
            data.Add(start, 0, false);            // at the very start: still before it began
            data.Add(start, 1, true);             // a minute late: unplanned for customers
            data.Add(start, 30, true);            // half an hour into the work
            data.Add(start, null, true);          // never announced (a draft that ran on schedule)
        }
        return data;
    }

    private static ComponentHistory HistoryOf(string start, int? announcedMinutesAfterStart)
    {
        var from = At(start);
        return Of([new MaintenanceWindow(announcedMinutesAfterStart is { } m ? from.AddMinutes(m) : null, from, from.AddHours(2))]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Days_either_side_of_midnight_count_an_hour_each(string start, int? announced, bool down)
    {
        var now = At(start).AddDays(3);
        var timeline = Timeline(HistoryOf(start, announced), now);
        var first = DateOnly.FromDateTime(At(start).DateTime);
        foreach (var day in new[] { first, first.AddDays(1) })
        {
            var report = AvailabilityCalculator.ForDay(timeline, day, now)!;
            Assert.Equal(down ? TimeSpan.FromHours(1) : TimeSpan.Zero, report.Unavailable);
            Assert.Equal(down ? TimeSpan.FromHours(1) : TimeSpan.Zero, report.UnannouncedMaintenance);
            Assert.Equal(down ? TimeSpan.Zero : TimeSpan.FromHours(1), report.Maintenance);
            Assert.Equal(down ? Percent(TimeSpan.FromHours(1), TimeSpan.FromHours(24)) : 100m, report.Percentage);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Day_bars_say_which_maintenance_was_unannounced(string start, int? announced, bool down)
    {
        var now = At(start).AddDays(3);
        var bars = DayBars.Build([HistoryOf(start, announced)], now);
        var first = DateOnly.FromDateTime(At(start).DateTime);
        foreach (var bar in bars.Where(b => b.Day == first || b.Day == first.AddDays(1)))
        {
            Assert.True(bar.HadMaintenance);
            Assert.Equal(down, bar.HadUnannouncedMaintenance);
            Assert.Equal(down, bar.Label.Contains("niet vooraf aangekondigd onderhoud (telt als onbeschikbaar)"));
            Assert.Equal(down ? Percent(TimeSpan.FromHours(1), TimeSpan.FromHours(24)) : 100m, bar.Percentage);
        }
        Assert.Equal(2, bars.Count(b => b.HadMaintenance));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_month_and_its_budget_carry_one_hour(string start, int? announced, bool down)
    {
        var now = At(start).AddDays(3);
        var timeline = Timeline(HistoryOf(start, announced), now);
        var first = DateOnly.FromDateTime(At(start).DateTime);
        foreach (var month in new[] { first, first.AddDays(1) })
        {
            var report = AvailabilityCalculator.ForMonth(timeline, month.Year, month.Month, now)!;
            Assert.Equal(down ? TimeSpan.FromHours(1) : TimeSpan.Zero, report.Unavailable);
            Assert.Equal(down ? TimeSpan.FromHours(1) : TimeSpan.Zero, report.UnannouncedMaintenance);
            Assert.Equal(!down, report.MeetsObjective); // one hour exceeds a month's 43–45 minutes

            var budget = AvailabilityCalculator.BudgetForMonth(timeline, month.Year, month.Month, now);
            var whole = BrusselsCalendarLength(month);
            Assert.Equal(DowntimeBudget.AllowedFor(down ? whole : whole - TimeSpan.FromHours(1)), budget.Allowed);
            Assert.Equal(down ? TimeSpan.FromHours(1) : TimeSpan.Zero, budget.Used);
            Assert.Equal(down, budget.IsExceeded);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_90_days_count_both_hours(string start, int? announced, bool down)
    {
        var now = At(start).AddDays(3);
        var timeline = Timeline(HistoryOf(start, announced), now);
        var today = DateOnly.FromDateTime(now.DateTime);
        var ninety = AvailabilityCalculator.ForPeriod(timeline,
            new TimeRange(BrusselsCalendar.Day(today.AddDays(-89)).Start, BrusselsCalendar.Day(today).End), now)!;
        Assert.Equal(down ? TimeSpan.FromHours(2) : TimeSpan.Zero, ninety.Unavailable);
        Assert.Equal(down ? TimeSpan.Zero : TimeSpan.FromHours(2), ninety.Maintenance);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(30)]
    public void Unannounced_maintenance_still_running_counts_up_to_now_and_not_beyond(int? announced)
    {
        var start = "2026-11-30T23:00+01:00";
        var now = At(start).AddMinutes(90);
        var timeline = Timeline(HistoryOf(start, announced), now);
        Assert.Equal(TimeSpan.FromHours(1), AvailabilityCalculator.ForMonth(timeline, 2026, 11, now)!.Unavailable);
        Assert.Equal(TimeSpan.FromMinutes(30), AvailabilityCalculator.ForMonth(timeline, 2026, 12, now)!.Unavailable);
        // The rest of the window has not happened yet: December's budget is not spent in advance, nor lowered.
        var december = AvailabilityCalculator.BudgetForMonth(timeline, 2026, 12, now);
        Assert.Equal(TimeSpan.FromMinutes(30), december.Used);
        Assert.Equal(TimeSpan.FromMinutes(44.64), december.Allowed);
    }

    [Fact]
    public void An_outage_during_unannounced_maintenance_is_not_counted_twice_and_the_product_sees_it()
    {
        var start = "2026-11-30T23:00+01:00";
        var now = At(start).AddDays(3);
        var maintained = Of([Unannounced(start, "2026-12-01T01:00+01:00")], Outage("2026-11-30T23:30+01:00", "2026-12-01T00:30+01:00"));
        var other = Of(Outage("2026-12-01T00:30+01:00", "2026-12-01T01:30+01:00", ImpactLevel.PartialOutage));
        Assert.Equal(TimeSpan.FromHours(2), Timeline(maintained, now).Unavailable.Duration);
        var product = AvailabilityTimeline.ForProduct([maintained, other], now);
        Assert.Equal(TimeSpan.FromMinutes(150), product.Unavailable.Duration);
        Assert.Equal(TimeSpan.FromHours(2), product.UnannouncedMaintenance.Duration);
        Assert.Equal(TimeSpan.Zero, product.Maintenance.Duration);
    }

    private static TimeSpan BrusselsCalendarLength(DateOnly day) => BrusselsCalendar.Month(day.Year, day.Month).Duration;
}
