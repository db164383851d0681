namespace StatusPage.Incidents;

/// <summary>An unplanned disruption shown on the status page. Open until an update marks it resolved.</summary>
internal sealed class StatusIncident
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public IncidentUpdateStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public List<IncidentUpdate> Updates { get; set; } = [];
    public List<IncidentImpact> Impacts { get; set; } = [];
    /// <summary>The post-incident report, written by an agent once resolved (null: none yet).</summary>
    public string? ReportCause { get; set; }
    public string? ReportImpact { get; set; }
    public string? ReportMeasures { get; set; }
    public DateTimeOffset? ReportPublishedAt { get; set; }

    public bool IsOpen => Status.IsOpen();
}

/// <summary>A timestamped message about an incident, carrying the stage it is in.</summary>
internal sealed class IncidentUpdate
{
    public Guid Id { get; set; }
    public Guid IncidentId { get; set; }
    public DateTimeOffset At { get; set; }
    public IncidentUpdateStatus Status { get; set; }
    public required string Message { get; set; }
    public Guid? AuthorId { get; set; }
}

/// <summary>A period during which the incident held one component at one level (<see cref="End"/> null: ongoing).
/// A change of level closes the period and opens a new one, so history keeps every level.</summary>
internal sealed class IncidentImpact
{
    public Guid Id { get; set; }
    public Guid IncidentId { get; set; }
    public Guid ComponentId { get; set; }
    public ImpactLevel Level { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset? End { get; set; }

    public OutagePeriod ToOutagePeriod() => new(IncidentId, Start, End, Level);
}
