namespace StatusPage.Domain;

/// <summary>An open incident's effect on one component.</summary>
internal sealed record ComponentImpact(Guid ComponentId, ImpactLevel Level);

/// <summary>A component as stored: its id and, when an operator set it by hand, the manual status.</summary>
internal sealed record ComponentState(Guid ComponentId, ComponentStatus? ManualStatus = null);

/// <summary>
/// Derives what a component shows from the open incidents affecting it and the maintenance in progress
/// touching it. Rules:
/// <list type="number">
/// <item>A status set by hand wins outright, also when it is milder than the incidents (the operator knows better
/// than a stale incident, e.g. one fixed but not yet marked resolved).</item>
/// <item>Otherwise the worst of all open incidents' levels and maintenance wins, ranked by
/// <see cref="ComponentStatusExtensions.Severity"/>: an outage during maintenance shows the outage, since the
/// maintenance was already announced and the outage is what readers still need to learn.</item>
/// <item>Nothing open and no maintenance: operational.</item>
/// </list>
/// </summary>
internal static class ComponentStatusDerivation
{
    public static ComponentStatus Derive(
        ComponentStatus? manualStatus, IEnumerable<ImpactLevel> openIncidentLevels, bool maintenanceInProgress)
    {
        if (manualStatus is { } manual)
            return manual;

        var candidates = openIncidentLevels.Select(level => level.ToComponentStatus());
        if (maintenanceInProgress)
            candidates = candidates.Append(ComponentStatus.UnderMaintenance);
        return candidates.Worst();
    }

    /// <summary>Derives every component at once from all open incidents' impacts and the ids of the components
    /// touched by maintenance now in progress.</summary>
    public static IReadOnlyDictionary<Guid, ComponentStatus> DeriveAll(
        IEnumerable<ComponentState> components,
        IEnumerable<ComponentImpact> openImpacts,
        IEnumerable<Guid> componentsInMaintenance)
    {
        var levelsByComponent = openImpacts.ToLookup(impact => impact.ComponentId, impact => impact.Level);
        var inMaintenance = componentsInMaintenance.ToHashSet();
        return components.ToDictionary(
            component => component.ComponentId,
            component => Derive(
                component.ManualStatus,
                levelsByComponent[component.ComponentId],
                inMaintenance.Contains(component.ComponentId)));
    }

    /// <summary>A product's overall state is the worst of its components' statuses (none: operational).</summary>
    public static ComponentStatus Overall(IEnumerable<ComponentStatus> componentStatuses) => componentStatuses.Worst();

    /// <summary>The overall state in words for the banner at the top of the page.</summary>
    public static string OverallInDutch(IEnumerable<ComponentStatus> componentStatuses) =>
        Overall(componentStatuses) switch
        {
            ComponentStatus.Operational => "Alle systemen operationeel",
            ComponentStatus.DegradedPerformance => "Verminderde prestaties",
            ComponentStatus.PartialOutage => "Gedeeltelijke storing",
            ComponentStatus.MajorOutage => "Grote storing",
            ComponentStatus.UnderMaintenance => "Onderhoud bezig",
            var other => throw new ArgumentOutOfRangeException(nameof(componentStatuses), other, null),
        };
}
