using StatusPage.Domain;
using static StatusPage.Tests.Domain.History;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class AvailabilityCalculatorTests
{
    private static readonly DateTimeOffset Later = At("2027-06-01T12:00:00+02:00");
    private static readonly DateOnly Nov12 = Day("2026-11-12");

    private static AvailabilityReport DayReport(ComponentHistory history, DateOnly day, DateTimeOffset? now = null) =>
        AvailabilityCalculator.ForDay(Timeline(history, now ?? Later), day, now ?? Later)!;

    [Fact]
    public void A_day_without_incidents_is_fully_available()
    {
        var report = DayReport(Of(), Nov12);
        Assert.Equal(100m, report.Percentage);
        Assert.Equal(TimeSpan.FromHours(24), report.Counted);
        Assert.True(report.MeetsObjective);
    }

    [Fact]
    public void A_72_minute_major_outage_costs_5_percent_of_a_day()
    {
        var report = DayReport(Of(Outage("2026-11-12T10:00+01:00", "2026-11-12T11:12+01:00")), Nov12);
        Assert.Equal(TimeSpan.FromMinutes(72), report.Unavailable);
        Assert.Equal(95m, report.Percentage);
        Assert.False(report.MeetsObjective);
    }

    [Fact]
    public void Overlapping_incidents_are_counted_once()
    {
        var report = DayReport(Of(
            Outage("2026-11-12T10:00+01:00", "2026-11-12T11:00+01:00", ImpactLevel.MajorOutage),
            Outage("2026-11-12T10:30+01:00", "2026-11-12T11:30+01:00", ImpactLevel.PartialOutage),
            Outage("2026-11-12T10:40+01:00", "2026-11-12T10:50+01:00", ImpactLevel.PartialOutage)), Nov12);
        Assert.Equal(TimeSpan.FromMinutes(90), report.Unavailable);
    }

    [Fact]
    public void Degraded_performance_counts_as_available()
    {
        var report = DayReport(Of(
            Outage("2026-11-12T08:00+01:00", "2026-11-12T18:00+01:00", ImpactLevel.DegradedPerformance),
            Outage("2026-11-12T09:00+01:00", "2026-11-12T09:15+01:00", ImpactLevel.PartialOutage)), Nov12);
        Assert.Equal(TimeSpan.FromMinutes(15), report.Unavailable);
    }

    [Fact]
    public void An_incident_across_midnight_is_split_over_both_days()
    {
        var history = Of(Outage("2026-11-12T23:30+01:00", "2026-11-13T00:45+01:00"));
        Assert.Equal(TimeSpan.FromMinutes(30), DayReport(history, Nov12).Unavailable);
        Assert.Equal(TimeSpan.FromMinutes(45), DayReport(history, Day("2026-11-13")).Unavailable);
        Assert.Equal(TimeSpan.Zero, DayReport(history, Day("2026-11-14")).Unavailable);
    }

    [Fact]
    public void An_incident_across_a_month_end_is_split_over_both_months()
    {
        var timeline = Timeline(Of(Outage("2026-11-30T23:00+01:00", "2026-12-01T02:00+01:00")), Later);
        var november = AvailabilityCalculator.ForMonth(timeline, 2026, 11, Later)!;
        var december = AvailabilityCalculator.ForMonth(timeline, 2026, 12, Later)!;
        Assert.Equal(TimeSpan.FromMinutes(60), november.Unavailable);
        Assert.Equal(TimeSpan.FromMinutes(120), december.Unavailable);
        Assert.Equal(Percent(TimeSpan.FromMinutes(60), TimeSpan.FromDays(30)), november.Percentage);
        Assert.Equal(Percent(TimeSpan.FromMinutes(120), TimeSpan.FromDays(31)), december.Percentage);
    }

    [Fact]
    public void The_day_clocks_go_forward_has_23_hours()
    {
        // 01:30 to 03:30 on the wall clock is one real hour: 02:00 jumps to 03:00.
        var report = DayReport(Of(Outage("2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00")), Day("2026-03-29"));
        Assert.Equal(TimeSpan.FromHours(23), report.Counted);
        Assert.Equal(TimeSpan.FromHours(1), report.Unavailable);
        Assert.Equal(Percent(TimeSpan.FromHours(1), TimeSpan.FromHours(23)), report.Percentage);
    }

    [Fact]
    public void The_day_clocks_go_back_has_25_hours()
    {
        // 02:30 summer time to 02:30 winter time: the same wall-clock reading, one real hour apart.
        var report = DayReport(Of(Outage("2026-10-25T02:30+02:00", "2026-10-25T02:30+01:00")), Day("2026-10-25"));
        Assert.Equal(TimeSpan.FromHours(25), report.Counted);
        Assert.Equal(TimeSpan.FromHours(1), report.Unavailable);
        Assert.Equal(96m, report.Percentage);
    }

    [Fact]
    public void An_outage_inside_announced_maintenance_counts_as_maintenance()
    {
        var report = DayReport(Of([Announced("2026-11-12T02:00+01:00", "2026-11-12T04:00+01:00")],
            Outage("2026-11-12T02:30+01:00", "2026-11-12T03:30+01:00")), Nov12);
        Assert.Equal(TimeSpan.Zero, report.Unavailable);
        Assert.Equal(TimeSpan.FromHours(2), report.Maintenance);
        Assert.Equal(TimeSpan.FromHours(22), report.Counted);
        Assert.Equal(100m, report.Percentage);
    }

    [Fact]
    public void The_part_of_an_outage_outside_announced_maintenance_counts_against_the_objective()
    {
        var report = DayReport(Of([Announced("2026-11-12T02:00+01:00", "2026-11-12T04:00+01:00")],
            Outage("2026-11-12T03:00+01:00", "2026-11-12T05:00+01:00")), Nov12);
        Assert.Equal(TimeSpan.FromHours(1), report.Unavailable);
        Assert.Equal(TimeSpan.FromHours(2), report.Maintenance);
        Assert.Equal(Percent(TimeSpan.FromHours(1), TimeSpan.FromHours(22)), report.Percentage);
    }

    [Fact]
    public void Maintenance_that_was_not_announced_in_advance_counts_as_unavailable()
    {
        var history = new ComponentHistory([],
        [
            Unannounced("2026-11-12T02:00+01:00", "2026-11-12T03:00+01:00"),
            new MaintenanceWindow(At("2026-11-12T05:10+01:00"), At("2026-11-12T05:00+01:00"), At("2026-11-12T05:30+01:00")),
        ]);
        var report = DayReport(history, Nov12);
        Assert.Equal(TimeSpan.FromMinutes(90), report.Unavailable);
        Assert.Equal(TimeSpan.Zero, report.Maintenance);
        Assert.Equal(TimeSpan.FromHours(24), report.Counted);
    }

    [Fact]
    public void An_ongoing_outage_counts_up_to_now_and_today_is_measured_up_to_now()
    {
        var now = At("2026-11-12T10:45+01:00");
        var report = DayReport(Of(Outage("2026-11-12T10:00+01:00", null)), Nov12, now);
        Assert.Equal(TimeSpan.FromMinutes(45), report.Unavailable);
        Assert.Equal(TimeSpan.FromMinutes(645), report.Observed.Duration);
        Assert.Equal(BrusselsCalendar.Day(Nov12), report.Period);
        Assert.Equal(Percent(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(645)), report.Percentage);
    }

    [Fact]
    public void An_ongoing_outage_fills_every_past_day_it_spans()
    {
        var now = At("2026-11-14T06:00+01:00");
        var timeline = Timeline(Of(Outage("2026-11-12T18:00+01:00", null)), now);
        Assert.Equal(TimeSpan.FromHours(6), AvailabilityCalculator.ForDay(timeline, Nov12, now)!.Unavailable);
        Assert.Equal(0m, AvailabilityCalculator.ForDay(timeline, Day("2026-11-13"), now)!.Percentage);
        Assert.Equal(0m, AvailabilityCalculator.ForDay(timeline, Day("2026-11-14"), now)!.Percentage);
    }

    [Theory]
    [InlineData("2026-11-13")]
    [InlineData("2027-01-01")]
    public void Future_days_have_no_data(string day)
    {
        var now = At("2026-11-12T10:45+01:00");
        Assert.Null(AvailabilityCalculator.ForDay(Timeline(Of(), now), Day(day), now));
    }

    [Fact]
    public void A_day_that_starts_exactly_now_has_no_data_yet()
    {
        var now = At("2026-11-13T00:00+01:00");
        Assert.Null(AvailabilityCalculator.ForDay(Timeline(Of(), now), Day("2026-11-13"), now));
        Assert.NotNull(AvailabilityCalculator.ForDay(Timeline(Of(), now), Nov12, now));
    }

    [Fact]
    public void Days_before_tracking_started_have_no_data_and_the_first_day_counts_from_then()
    {
        var history = new ComponentHistory([Outage("2026-11-12T13:00+01:00", "2026-11-12T13:36+01:00")], [],
            TrackedSince: At("2026-11-12T12:00+01:00"));
        Assert.Null(DayReport(history, Day("2026-11-11")));
        var first = DayReport(history, Nov12);
        Assert.Equal(TimeSpan.FromHours(12), first.Counted);
        Assert.Equal(95m, first.Percentage);
    }

    [Theory]
    [InlineData(864_000_000L, true)] // 86.4 s of 24 h is exactly 0.1 %
    [InlineData(864_000_001L, false)]
    public void The_objective_is_met_at_exactly_99_9_percent(long downTicks, bool meets)
    {
        var start = At("2026-11-12T10:00+01:00");
        var history = Of(new OutagePeriod(Guid.NewGuid(), start, start.AddTicks(downTicks), ImpactLevel.PartialOutage));
        Assert.Equal(meets, DayReport(history, Nov12).MeetsObjective);
    }

    [Fact]
    public void A_day_entirely_in_announced_maintenance_scores_100_percent()
    {
        var report = DayReport(Of([Announced("2026-11-11T22:00+01:00", "2026-11-13T02:00+01:00")],
            Outage("2026-11-12T10:00+01:00", "2026-11-12T11:00+01:00")), Nov12);
        Assert.Equal(TimeSpan.Zero, report.Counted);
        Assert.Equal(100m, report.Percentage);
    }

    [Fact]
    public void A_month_in_progress_is_measured_up_to_now()
    {
        var now = At("2026-11-11T00:00+01:00");
        var timeline = Timeline(Of(Outage("2026-11-05T10:00+01:00", "2026-11-05T10:10+01:00")), now);
        var report = AvailabilityCalculator.ForMonth(timeline, 2026, 11, now)!;
        Assert.Equal(TimeSpan.FromDays(10), report.Observed.Duration);
        Assert.Equal(Percent(TimeSpan.FromMinutes(10), TimeSpan.FromDays(10)), report.Percentage);
    }
}
