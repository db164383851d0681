namespace StatusPage.Incidents;

/// <summary>A ready-made start for a frequent kind of incident: title, impact on its components and first update.</summary>
internal sealed class IncidentTemplate
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public ImpactLevel Level { get; set; }
    /// <summary>Comma-separated ids of the components the incident usually affects.</summary>
    public string ComponentIds { get; set; } = "";
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<Guid> Components =>
        ComponentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
