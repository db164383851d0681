using StatusPage.Domain;
using static StatusPage.Tests.Domain.History;
using static StatusPage.Tests.Domain.Time;

namespace StatusPage.Tests.Domain;

public class ProductAvailabilityTests
{
    private static readonly DateTimeOffset Later = At("2027-06-01T12:00:00+02:00");
    private static readonly DateOnly Nov12 = Day("2026-11-12");

    private static AvailabilityReport? Product(DateOnly day, params ComponentHistory[] components) =>
        AvailabilityCalculator.ForDay(AvailabilityTimeline.ForProduct(components, Later), day, Later);

    [Fact]
    public void A_product_is_unavailable_whenever_any_component_is()
    {
        var report = Product(Nov12,
            Of(Outage("2026-11-12T10:00+01:00", "2026-11-12T11:00+01:00")),
            Of(Outage("2026-11-12T10:30+01:00", "2026-11-12T12:00+01:00", ImpactLevel.PartialOutage)),
            Of(Outage("2026-11-12T15:00+01:00", "2026-11-12T15:24+01:00")))!;
        Assert.Equal(TimeSpan.FromMinutes(144), report.Unavailable);
        Assert.Equal(90m, report.Percentage);
    }

    [Fact]
    public void A_product_scores_below_each_component_when_they_fail_at_different_times()
    {
        ComponentHistory a = Of(Outage("2026-11-12T10:00+01:00", "2026-11-12T10:36+01:00"));
        ComponentHistory b = Of(Outage("2026-11-12T14:00+01:00", "2026-11-12T14:36+01:00"));
        Assert.Equal(97.5m, Product(Nov12, a)!.Percentage);
        Assert.Equal(97.5m, Product(Nov12, b)!.Percentage);
        Assert.Equal(95m, Product(Nov12, a, b)!.Percentage);
    }

    [Fact]
    public void One_components_maintenance_does_not_excuse_another_components_outage()
    {
        var report = Product(Nov12,
            Of([Announced("2026-11-12T13:00+01:00", "2026-11-12T14:00+01:00")]),
            Of(Outage("2026-11-12T13:30+01:00", "2026-11-12T14:30+01:00")))!;
        Assert.Equal(TimeSpan.FromHours(1), report.Unavailable);
        Assert.Equal(TimeSpan.FromMinutes(30), report.Maintenance);
        Assert.Equal(TimeSpan.FromMinutes(1410), report.Counted);
    }

    [Fact]
    public void A_components_outage_inside_its_own_announced_maintenance_stays_maintenance_for_the_product()
    {
        var report = Product(Nov12,
            Of([Announced("2026-11-12T02:00+01:00", "2026-11-12T04:00+01:00")],
                Outage("2026-11-12T02:00+01:00", "2026-11-12T04:00+01:00")),
            Of())!;
        Assert.Equal(TimeSpan.Zero, report.Unavailable);
        Assert.Equal(TimeSpan.FromHours(2), report.Maintenance);
        Assert.Equal(100m, report.Percentage);
    }

    [Fact]
    public void A_product_is_tracked_from_its_earliest_component()
    {
        var early = new ComponentHistory([], [], At("2026-11-12T12:00+01:00"));
        var late = new ComponentHistory([], [], At("2026-11-20T00:00+01:00"));
        Assert.Null(Product(Day("2026-11-11"), early, late));
        Assert.Equal(TimeSpan.FromHours(12), Product(Nov12, early, late)!.Observed.Duration);
        Assert.Equal(TimeSpan.FromHours(24), Product(Nov12, early, late, Of())!.Observed.Duration);
    }

    [Fact]
    public void A_product_without_components_has_no_data() => Assert.Null(Product(Nov12));
}
