namespace StatusPage.Catalog;

/// <summary>A product on the status page, e.g. "Mijn Burgerprofiel"; <see cref="Slug"/> is used in <c>?product=</c>.</summary>
internal sealed class Product
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Component> Components { get; set; } = [];
}

/// <summary>A part of a product whose status is shown; <see cref="Group"/> optionally groups components on the page.</summary>
internal sealed class Component
{
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    public required string Name { get; set; }
    public string? Group { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Set by hand by an operator; wins over what incidents and maintenance imply.</summary>
    public ComponentStatus? ManualStatus { get; set; }
    /// <summary>When the component was put on the status page: before it there is no availability data.</summary>
    public DateTimeOffset TrackedSince { get; set; }
    /// <summary>Comma-separated keys of the app features this component serves (empty: none); a tenant's app status
    /// and the per-city page show the components behind the features its published app uses.</summary>
    public string FeatureKeys { get; set; } = "";

    /// <summary>Health checks failing: open the incident at once, or leave a draft for an agent.</summary>
    public Checks.AutomaticIncidentMode AutomaticIncidents { get; set; } = Checks.AutomaticIncidentMode.Draft;
    /// <summary>Checks recovered: resolve the automatic incident (true) or propose it to an agent (false).</summary>
    public bool AutoResolve { get; set; }

    public IReadOnlyList<string> Features => FeatureKeys.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
