using StatusPage.Domain;

namespace StatusPage.Tests.Domain;

public class StatusLabelTests
{
    [Theory]
    [InlineData(ComponentStatus.Operational, "Operationeel")]
    [InlineData(ComponentStatus.DegradedPerformance, "Verminderde prestaties")]
    [InlineData(ComponentStatus.PartialOutage, "Gedeeltelijke storing")]
    [InlineData(ComponentStatus.MajorOutage, "Grote storing")]
    [InlineData(ComponentStatus.UnderMaintenance, "Onderhoud")]
    internal void Component_status_reads_in_Dutch(ComponentStatus status, string expected) =>
        Assert.Equal(expected, status.ToDutch());

    [Theory]
    [InlineData(IncidentUpdateStatus.Investigating, "Wordt onderzocht", true)]
    [InlineData(IncidentUpdateStatus.Identified, "Oorzaak gevonden", true)]
    [InlineData(IncidentUpdateStatus.Monitoring, "Wordt opgevolgd", true)]
    [InlineData(IncidentUpdateStatus.Resolved, "Opgelost", false)]
    internal void Incident_update_status_reads_in_Dutch_and_only_resolved_closes(
        IncidentUpdateStatus status, string expected, bool open)
    {
        Assert.Equal(expected, status.ToDutch());
        Assert.Equal(open, status.IsOpen());
    }

    [Theory]
    [InlineData(MaintenanceStatus.Scheduled, "Gepland")]
    [InlineData(MaintenanceStatus.InProgress, "Bezig")]
    [InlineData(MaintenanceStatus.Completed, "Voltooid")]
    internal void Maintenance_status_reads_in_Dutch(MaintenanceStatus status, string expected) =>
        Assert.Equal(expected, status.ToDutch());

    [Fact]
    public void Every_enum_value_has_a_label()
    {
        Assert.All(Enum.GetValues<ComponentStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(s.ToDutch())));
        Assert.All(Enum.GetValues<IncidentUpdateStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(s.ToDutch())));
        Assert.All(Enum.GetValues<MaintenanceStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(s.ToDutch())));
        Assert.All(Enum.GetValues<ImpactLevel>(), s => Assert.False(string.IsNullOrWhiteSpace(s.ToDutch())));
    }

    [Fact]
    public void Severity_ranks_major_partial_degraded_maintenance_operational()
    {
        ComponentStatus[] expected =
        [
            ComponentStatus.Operational, ComponentStatus.UnderMaintenance, ComponentStatus.DegradedPerformance,
            ComponentStatus.PartialOutage, ComponentStatus.MajorOutage,
        ];
        Assert.Equal(expected, Enum.GetValues<ComponentStatus>().OrderBy(s => s.Severity()));
        Assert.Equal(5, Enum.GetValues<ComponentStatus>().Select(s => s.Severity()).Distinct().Count());
    }

    [Theory]
    [InlineData(ComponentStatus.Operational, false)]
    [InlineData(ComponentStatus.DegradedPerformance, false)]
    [InlineData(ComponentStatus.PartialOutage, true)]
    [InlineData(ComponentStatus.MajorOutage, true)]
    [InlineData(ComponentStatus.UnderMaintenance, false)]
    internal void Only_partial_and_major_outage_are_unavailable(ComponentStatus status, bool unavailable) =>
        Assert.Equal(unavailable, status.IsUnavailable());

    [Theory]
    [InlineData(ImpactLevel.DegradedPerformance, ComponentStatus.DegradedPerformance, false)]
    [InlineData(ImpactLevel.PartialOutage, ComponentStatus.PartialOutage, true)]
    [InlineData(ImpactLevel.MajorOutage, ComponentStatus.MajorOutage, true)]
    internal void Impact_level_maps_to_component_status(ImpactLevel level, ComponentStatus status, bool unavailable)
    {
        Assert.Equal(status, level.ToComponentStatus());
        Assert.Equal(unavailable, level.IsUnavailable());
    }
}
