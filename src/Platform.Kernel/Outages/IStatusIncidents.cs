namespace Platform.Kernel.Outages;

/// <summary>The status page's incidents as other modules may use them: open one, post a public update, read its state,
/// list the open ones. Implemented by the StatusPage module over its own incident service (so subscribers, feeds and
/// webhooks hear of it as usual); used by the service desk to link its incidents to an outage.</summary>
public interface IStatusIncidents
{
    /// <summary>The components an incident can affect (id and name), in display order.</summary>
    Task<IReadOnlyList<StatusComponentChoice>> ComponentsAsync(CancellationToken cancellationToken = default);

    /// <summary>The incident, or Dutch errors by field (<c>title</c>, <c>impact</c>, <c>componentIds</c>, <c>message</c>).</summary>
    Task<UseCases.Outcome<StatusIncidentInfo>> OpenAsync(NewStatusIncident incident, Guid? userId, CancellationToken cancellationToken = default);

    /// <summary>A public update on an open incident, keeping its stage and affected components: the incident, Dutch
    /// errors by field (a resolved incident refuses with an error too), or not found.</summary>
    Task<UseCases.Outcome<StatusIncidentInfo>> PostUpdateAsync(Guid id, string message, Guid? userId, CancellationToken cancellationToken = default);

    Task<StatusIncidentInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StatusIncidentInfo>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>The open incidents, newest first.</summary>
    Task<IReadOnlyList<StatusIncidentInfo>> ListOpenAsync(CancellationToken cancellationToken = default);
}

/// <param name="Impact"><c>DegradedPerformance</c>, <c>PartialOutage</c> or <c>MajorOutage</c>, for every component named.</param>
/// <param name="Message">The first public update.</param>
public sealed record NewStatusIncident(string? Title, string? Impact, IReadOnlyList<Guid> ComponentIds, string? Message);

/// <param name="Stage">Dutch name of the stage (e.g. "Wordt onderzocht", "Opgelost").</param>
/// <param name="Permalink">Path of the public page, <c>/status/storingen/{id}</c>.</param>
public sealed record StatusIncidentInfo(
    Guid Id, string Title, bool IsOpen, string Stage, DateTimeOffset StartedAt, DateTimeOffset? ResolvedAt, string Permalink);

public sealed record StatusComponentChoice(Guid Id, string Name);


