namespace StatusPage.Public;

internal sealed record ComponentView(Guid Id, string Name, string? Group, ComponentStatus Status, IReadOnlyList<DayBar> Bars,
    AvailabilityReport? Ninety, AvailabilityReport? Month, DowntimeBudget Budget);

internal sealed record ProductView(Guid Id, string Slug, string Name, string? Description, ComponentStatus Overall,
    IReadOnlyList<ComponentView> Components, AvailabilityReport? Ninety, AvailabilityReport? Month, DowntimeBudget Budget);

internal sealed record UpdateView(DateTimeOffset At, IncidentUpdateStatus Status, string Message);

internal sealed record IncidentView(Guid Id, string Title, IncidentUpdateStatus Status, DateTimeOffset StartedAt,
    DateTimeOffset? ResolvedAt, IReadOnlyList<UpdateView> Updates, IReadOnlyList<string> Impacts)
{
    /// <summary>The post-incident report, once an agent wrote it for the resolved incident.</summary>
    public PostIncidentReportView? Report { get; init; }
}

internal sealed record PostIncidentReportView(string Cause, string Impact, string Measures, DateTimeOffset PublishedAt);

/// <summary><see cref="Unannounced"/>: not announced before it began (never, or only at <see cref="AnnouncedAt"/> after
/// its start), so it counts as downtime.</summary>
internal sealed record MaintenanceView(Guid Id, string Title, string Description, DateTimeOffset Start, DateTimeOffset End,
    MaintenanceStatus Status, IReadOnlyList<string> Components, DateTimeOffset? AnnouncedAt = null, bool Unannounced = false);

/// <summary>A local government's view of the page: its slug, name and the features its published app uses.</summary>
internal sealed record CityView(string Slug, string Name, IReadOnlyList<string> Features);

/// <summary>Everything the public page shows, computed once per change (see <see cref="StatusPageCache"/>).</summary>
internal sealed record StatusSnapshot(
    DateTimeOffset At,
    ProductView? Selected,
    IReadOnlyList<ProductView> Products,
    IReadOnlyList<IncidentView> OpenIncidents,
    IReadOnlyList<MaintenanceView> Maintenance,
    IReadOnlyList<IncidentView> PastIncidents,
    int PastPage,
    int PastPages)
{
    public const int PastPageSize = 10;

    /// <summary>Set for the per-city view (<c>?bestuur=</c>): only the components behind that city's app.</summary>
    public CityView? City { get; init; }

    /// <summary>Maintenance of the last 90 days that was not announced before it began, newest first.</summary>
    public IReadOnlyList<MaintenanceView> Unannounced { get; init; } = [];

    public IEnumerable<ComponentStatus> Statuses => Products.SelectMany(p => p.Components).Select(c => c.Status);
}
