using StatusPage.Domain;
using static StatusPage.Tests.Domain.History;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class DowntimeBudgetTests
{
    private static readonly DateTimeOffset MidNovember = At("2026-11-15T12:00+01:00");

    private static DowntimeBudget November(ComponentHistory history, DateTimeOffset now) =>
        AvailabilityCalculator.BudgetForMonth(Timeline(history, now), 2026, 11, now);

    [Theory]
    [InlineData(30, 2592.0)] // 43.2 minutes
    [InlineData(31, 2678.4)] // 44.64 minutes
    [InlineData(28, 2419.2)]
    [InlineData(29, 2505.6)]
    [InlineData(1, 86.4)]
    public void The_budget_is_a_thousandth_of_the_counted_time(int days, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DowntimeBudget.AllowedFor(TimeSpan.FromDays(days)));

    [Fact]
    public void Thirty_days_allow_43_2_minutes() =>
        Assert.Equal(43.2, DowntimeBudget.AllowedFor(TimeSpan.FromDays(30)).TotalMinutes, precision: 10);

    [Theory]
    [InlineData(2026, 11, 2592.0)] // 720 h
    [InlineData(2026, 12, 2678.4)] // 744 h
    [InlineData(2026, 3, 2674.8)] // 743 h: clocks go forward
    [InlineData(2026, 10, 2682.0)] // 745 h: clocks go back
    [InlineData(2027, 2, 2419.2)]
    public void A_months_budget_follows_its_real_length(int year, int month, double seconds)
    {
        var budget = AvailabilityCalculator.BudgetForMonth(Timeline(Of(), MidNovember), year, month, MidNovember);
        Assert.Equal(TimeSpan.FromSeconds(seconds), budget.Allowed);
        Assert.Equal(BrusselsCalendar.Month(year, month), budget.Month);
    }

    [Fact]
    public void Downtime_so_far_is_taken_from_the_budget()
    {
        var budget = November(Of(
            Outage("2026-11-03T10:00+01:00", "2026-11-03T10:20+01:00"),
            Outage("2026-11-10T10:00+01:00", "2026-11-10T10:10+01:00", ImpactLevel.PartialOutage),
            Outage("2026-11-10T11:00+01:00", "2026-11-10T15:00+01:00", ImpactLevel.DegradedPerformance)), MidNovember);
        Assert.Equal(TimeSpan.FromMinutes(30), budget.Used);
        Assert.Equal(TimeSpan.FromMinutes(13.2), budget.Remaining);
        Assert.False(budget.IsExceeded);
    }

    [Fact]
    public void An_overspent_budget_goes_negative()
    {
        var budget = November(Of(Outage("2026-11-03T10:00+01:00", "2026-11-03T10:50+01:00")), MidNovember);
        Assert.Equal(TimeSpan.FromMinutes(-6.8), budget.Remaining);
        Assert.True(budget.IsExceeded);
    }

    [Fact]
    public void An_ongoing_outage_uses_budget_up_to_now()
    {
        var budget = November(Of(Outage("2026-11-15T11:40+01:00", null)), MidNovember);
        Assert.Equal(TimeSpan.FromMinutes(20), budget.Used);
    }

    [Fact]
    public void Downtime_outside_the_month_does_not_count()
    {
        var budget = November(Of(
            Outage("2026-10-31T23:50+01:00", "2026-11-01T00:05+01:00"),
            Outage("2026-12-01T00:00+01:00", "2026-12-01T05:00+01:00")), At("2027-01-01T00:00+01:00"));
        Assert.Equal(TimeSpan.FromMinutes(5), budget.Used);
    }

    [Fact]
    public void Announced_maintenance_including_windows_still_to_come_lowers_the_budget()
    {
        var budget = November(Of(
        [
            Announced("2026-11-04T02:00+01:00", "2026-11-04T03:00+01:00"),
            Announced("2026-11-25T02:00+01:00", "2026-11-25T03:00+01:00"),
        ]), MidNovember);
        Assert.Equal(TimeSpan.FromSeconds(2584.8), budget.Allowed); // 0.1 % of 718 h
    }

    [Fact]
    public void A_month_still_to_come_has_its_whole_budget_left()
    {
        var budget = AvailabilityCalculator.BudgetForMonth(Timeline(Of(), MidNovember), 2026, 12, MidNovember);
        Assert.Equal(TimeSpan.Zero, budget.Used);
        Assert.Equal(TimeSpan.FromMinutes(44.64), budget.Remaining);
    }

    [Fact]
    public void Only_the_tracked_part_of_the_month_earns_budget()
    {
        var history = new ComponentHistory([], [], At("2026-11-16T00:00+01:00"));
        Assert.Equal(TimeSpan.FromMinutes(21.6), November(history, MidNovember).Allowed);
    }

    [Theory]
    [InlineData(43.2, true)]
    [InlineData(43.3, false)]
    public void Budget_left_agrees_with_the_months_percentage(double downMinutes, bool withinObjective)
    {
        var now = At("2026-12-05T00:00+01:00");
        var start = At("2026-11-20T03:00+01:00");
        var history = Of(new OutagePeriod(Guid.NewGuid(), start, start.AddMinutes(downMinutes), ImpactLevel.MajorOutage));
        var budget = November(history, now);
        var month = AvailabilityCalculator.ForMonth(Timeline(history, now), 2026, 11, now)!;
        Assert.Equal(withinObjective, !budget.IsExceeded);
        Assert.Equal(withinObjective, month.MeetsObjective);
    }
}
