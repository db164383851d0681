using StatusPage.Domain;
using static StatusPage.Tests.Domain.History;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class DayBarTests
{
    private static readonly DateTimeOffset Now = At("2026-11-12T18:00+01:00");

    private static DayBar Bar(string day, params ComponentHistory[] components) =>
        DayBars.Build(components, Now).Single(b => b.Day == Day(day));

    [Fact]
    public void The_bar_has_90_days_ending_today_oldest_first()
    {
        var bars = DayBars.Build([Of()], Now);
        Assert.Equal(90, bars.Count);
        Assert.Equal(Day("2026-08-15"), bars[0].Day);
        Assert.Equal(Day("2026-11-12"), bars[^1].Day);
        Assert.Equal(bars.Select(b => b.Day).Order(), bars.Select(b => b.Day));
    }

    [Fact]
    public void The_bar_length_can_be_chosen() => Assert.Equal(30, DayBars.Build([Of()], Now, 30).Count);

    [Fact]
    public void A_clean_day_reads_fully_available_without_incidents()
    {
        var bar = Bar("2026-11-10", Of());
        Assert.Equal(100m, bar.Percentage);
        Assert.Equal(ComponentStatus.Operational, bar.WorstStatus);
        Assert.Equal(0, bar.IncidentCount);
        Assert.Equal("10/11/2026: 100,00 % beschikbaar, geen storingen", bar.Label);
    }

    [Fact]
    public void A_day_with_one_partial_outage_names_it_in_words()
    {
        // 43.2 s of 24 h = 0.05 %
        var start = At("2026-11-10T10:00+01:00");
        var bar = Bar("2026-11-10", Of(new OutagePeriod(Guid.NewGuid(), start, start.AddSeconds(43.2), ImpactLevel.PartialOutage)));
        Assert.Equal(99.95m, bar.Percentage);
        Assert.Equal(ComponentStatus.PartialOutage, bar.WorstStatus);
        Assert.Equal(1, bar.IncidentCount);
        Assert.Equal("10/11/2026: 99,95 % beschikbaar, 1 storing (ergste toestand: gedeeltelijke storing)", bar.Label);
    }

    [Fact]
    public void Several_incidents_are_counted_once_each_and_the_worst_level_shows()
    {
        var incident = Guid.NewGuid();
        var bar = Bar("2026-11-10",
            Of(Outage("2026-11-10T10:00+01:00", "2026-11-10T10:30+01:00", ImpactLevel.MajorOutage, incident),
                Outage("2026-11-10T10:30+01:00", "2026-11-10T11:00+01:00", ImpactLevel.PartialOutage, incident),
                Outage("2026-11-10T20:00+01:00", "2026-11-10T21:00+01:00", ImpactLevel.DegradedPerformance)),
            Of(Outage("2026-11-10T10:00+01:00", "2026-11-10T10:30+01:00", ImpactLevel.PartialOutage, incident)));
        Assert.Equal(2, bar.IncidentCount);
        Assert.Equal(ComponentStatus.MajorOutage, bar.WorstStatus);
        Assert.EndsWith("2 storingen (ergste toestand: grote storing)", bar.Label);
    }

    [Fact]
    public void A_degraded_day_stays_100_percent_but_says_so()
    {
        var bar = Bar("2026-11-10", Of(Outage("2026-11-10T10:00+01:00", "2026-11-10T12:00+01:00", ImpactLevel.DegradedPerformance)));
        Assert.Equal(100m, bar.Percentage);
        Assert.Equal("10/11/2026: 100,00 % beschikbaar, 1 storing (ergste toestand: verminderde prestaties)", bar.Label);
    }

    [Fact]
    public void Maintenance_is_mentioned_and_an_outage_inside_it_still_shows_as_the_worst_level()
    {
        var quiet = Bar("2026-11-10", Of([Announced("2026-11-10T02:00+01:00", "2026-11-10T04:00+01:00")]));
        Assert.Equal(ComponentStatus.UnderMaintenance, quiet.WorstStatus);
        Assert.True(quiet.HadMaintenance);
        Assert.Equal("10/11/2026: 100,00 % beschikbaar, geen storingen, onderhoud", quiet.Label);

        var loud = Bar("2026-11-10", Of([Announced("2026-11-10T02:00+01:00", "2026-11-10T04:00+01:00")],
            Outage("2026-11-10T02:30+01:00", "2026-11-10T03:00+01:00")));
        Assert.Equal(100m, loud.Percentage);
        Assert.Equal(ComponentStatus.MajorOutage, loud.WorstStatus);
        Assert.Equal("10/11/2026: 100,00 % beschikbaar, 1 storing (ergste toestand: grote storing), onderhoud", loud.Label);
    }

    [Fact]
    public void An_incident_across_midnight_counts_on_both_days_but_not_on_the_day_it_ended_exactly_at_midnight()
    {
        var history = Of(Outage("2026-11-09T23:00+01:00", "2026-11-11T00:00+01:00"));
        Assert.Equal(1, Bar("2026-11-09", history).IncidentCount);
        Assert.Equal(1, Bar("2026-11-10", history).IncidentCount);
        Assert.Equal(0, Bar("2026-11-11", history).IncidentCount);
        Assert.Equal(0m, Bar("2026-11-10", history).Percentage);
        Assert.Equal("10/11/2026: 0,00 % beschikbaar, 1 storing (ergste toestand: grote storing)", Bar("2026-11-10", history).Label);
    }

    [Fact]
    public void An_incident_opened_and_resolved_in_the_same_instant_is_still_counted()
    {
        var bar = Bar("2026-11-10", Of(Outage("2026-11-10T10:00+01:00", "2026-11-10T10:00+01:00")));
        Assert.Equal(1, bar.IncidentCount);
        Assert.Equal(100m, bar.Percentage);
    }

    [Fact]
    public void Today_shows_the_ongoing_outage_up_to_now()
    {
        var bar = Bar("2026-11-12", Of(Outage("2026-11-12T17:00+01:00", null)));
        Assert.Equal(1, bar.IncidentCount);
        Assert.Equal(Percent(TimeSpan.FromHours(1), TimeSpan.FromHours(18)), bar.Percentage);
        Assert.Equal("12/11/2026: 94,44 % beschikbaar, 1 storing (ergste toestand: grote storing)", bar.Label);
    }

    [Fact]
    public void Days_before_tracking_read_no_data()
    {
        var bar = Bar("2026-11-01", new ComponentHistory([], [], At("2026-11-05T09:00+01:00")));
        Assert.False(bar.HasData);
        Assert.Null(bar.Percentage);
        Assert.Null(bar.WorstStatus);
        Assert.Equal("01/11/2026: geen gegevens", bar.Label);
    }

    [Fact]
    public void A_future_day_reads_no_data()
    {
        var components = new[] { Of() };
        var bar = DayBars.ForDay(components, AvailabilityTimeline.ForProduct(components, Now), Day("2026-11-13"), Now);
        Assert.Equal("13/11/2026: geen gegevens", bar.Label);
    }

    [Theory]
    [InlineData("100", "100,00 %")]
    [InlineData("99.999", "99,99 %")] // rounded down: any downtime stays visible
    [InlineData("99.95", "99,95 %")]
    [InlineData("95.6521739", "95,65 %")]
    [InlineData("0", "0,00 %")]
    public void Percentages_read_nl_BE_rounded_down(string value, string expected) =>
        Assert.Equal(expected, DayBars.FormatPercentage(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
