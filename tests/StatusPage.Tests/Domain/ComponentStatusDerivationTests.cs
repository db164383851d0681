using StatusPage.Domain;

namespace StatusPage.Tests.Domain;

public class ComponentStatusDerivationTests
{
    [Fact]
    public void Nothing_open_and_no_maintenance_is_operational() =>
        Assert.Equal(ComponentStatus.Operational, ComponentStatusDerivation.Derive(null, [], false));

    [Theory]
    [InlineData(ImpactLevel.DegradedPerformance, ComponentStatus.DegradedPerformance)]
    [InlineData(ImpactLevel.PartialOutage, ComponentStatus.PartialOutage)]
    [InlineData(ImpactLevel.MajorOutage, ComponentStatus.MajorOutage)]
    internal void One_open_incident_sets_its_level(ImpactLevel level, ComponentStatus expected) =>
        Assert.Equal(expected, ComponentStatusDerivation.Derive(null, [level], false));

    [Theory]
    [InlineData(ComponentStatus.MajorOutage, ImpactLevel.DegradedPerformance, ImpactLevel.MajorOutage, ImpactLevel.PartialOutage)]
    [InlineData(ComponentStatus.PartialOutage, ImpactLevel.PartialOutage, ImpactLevel.DegradedPerformance, ImpactLevel.DegradedPerformance)]
    [InlineData(ComponentStatus.DegradedPerformance, ImpactLevel.DegradedPerformance, ImpactLevel.DegradedPerformance, ImpactLevel.DegradedPerformance)]
    [InlineData(ComponentStatus.MajorOutage, ImpactLevel.MajorOutage, ImpactLevel.MajorOutage, ImpactLevel.DegradedPerformance)]
    internal void Several_open_incidents_show_the_worst(ComponentStatus expected, ImpactLevel a, ImpactLevel b, ImpactLevel c) =>
        Assert.Equal(expected, ComponentStatusDerivation.Derive(null, [a, b, c], false));

    [Fact]
    public void Maintenance_alone_shows_maintenance() =>
        Assert.Equal(ComponentStatus.UnderMaintenance, ComponentStatusDerivation.Derive(null, [], true));

    [Theory]
    [InlineData(ImpactLevel.DegradedPerformance, ComponentStatus.DegradedPerformance)]
    [InlineData(ImpactLevel.PartialOutage, ComponentStatus.PartialOutage)]
    [InlineData(ImpactLevel.MajorOutage, ComponentStatus.MajorOutage)]
    internal void An_incident_during_maintenance_shows_the_incident(ImpactLevel level, ComponentStatus expected) =>
        Assert.Equal(expected, ComponentStatusDerivation.Derive(null, [level], true));

    [Theory]
    [InlineData(ComponentStatus.Operational)]
    [InlineData(ComponentStatus.DegradedPerformance)]
    [InlineData(ComponentStatus.PartialOutage)]
    [InlineData(ComponentStatus.MajorOutage)]
    [InlineData(ComponentStatus.UnderMaintenance)]
    internal void A_manual_status_wins_over_incidents_and_maintenance(ComponentStatus manual)
    {
        Assert.Equal(manual, ComponentStatusDerivation.Derive(manual, [ImpactLevel.MajorOutage, ImpactLevel.PartialOutage], true));
        Assert.Equal(manual, ComponentStatusDerivation.Derive(manual, [], false));
    }

    [Fact]
    public void Derive_all_applies_each_components_own_incidents_maintenance_and_override()
    {
        Guid api = Guid.NewGuid(), app = Guid.NewGuid(), push = Guid.NewGuid(), cms = Guid.NewGuid(), quiet = Guid.NewGuid();
        var result = ComponentStatusDerivation.DeriveAll(
            [new(api), new(app), new(push, ComponentStatus.Operational), new(cms), new(quiet)],
            [
                new(api, ImpactLevel.DegradedPerformance), new(api, ImpactLevel.MajorOutage),
                new(app, ImpactLevel.PartialOutage), new(push, ImpactLevel.MajorOutage),
                new(Guid.NewGuid(), ImpactLevel.MajorOutage),
            ],
            [app, cms]);

        Assert.Equal(ComponentStatus.MajorOutage, result[api]);
        Assert.Equal(ComponentStatus.PartialOutage, result[app]);
        Assert.Equal(ComponentStatus.Operational, result[push]);
        Assert.Equal(ComponentStatus.UnderMaintenance, result[cms]);
        Assert.Equal(ComponentStatus.Operational, result[quiet]);
        Assert.Equal(5, result.Count);
    }

    [Theory]
    [InlineData("Alle systemen operationeel")]
    [InlineData("Alle systemen operationeel", ComponentStatus.Operational, ComponentStatus.Operational)]
    [InlineData("Verminderde prestaties", ComponentStatus.Operational, ComponentStatus.DegradedPerformance)]
    [InlineData("Gedeeltelijke storing", ComponentStatus.DegradedPerformance, ComponentStatus.PartialOutage, ComponentStatus.UnderMaintenance)]
    [InlineData("Grote storing", ComponentStatus.PartialOutage, ComponentStatus.MajorOutage, ComponentStatus.Operational)]
    [InlineData("Onderhoud bezig", ComponentStatus.Operational, ComponentStatus.UnderMaintenance)]
    [InlineData("Verminderde prestaties", ComponentStatus.UnderMaintenance, ComponentStatus.DegradedPerformance)]
    internal void Overall_state_in_words_is_the_worst_component(string expected, params ComponentStatus[] statuses) =>
        Assert.Equal(expected, ComponentStatusDerivation.OverallInDutch(statuses));

    [Fact]
    public void Overall_returns_the_worst_status() =>
        Assert.Equal(ComponentStatus.PartialOutage, ComponentStatusDerivation.Overall(
            [ComponentStatus.UnderMaintenance, ComponentStatus.PartialOutage, ComponentStatus.DegradedPerformance]));
}
