namespace StatusPage.Catalog;

internal sealed record ProductRequest(string? Slug, string? Name, string? Description, int SortOrder = 0);

internal sealed record ComponentRequest(string? Name, string? Group, int SortOrder = 0);

internal sealed record ManualStatusRequest(string? Status);

internal sealed record ComponentResponse(Guid Id, string Name, string? Group, int SortOrder, string? ManualStatus, string Status, string StatusName,
    List<string>? FeatureKeys = null);

internal sealed record ComponentFeaturesRequest(List<string>? FeatureKeys);

internal sealed record ProductResponse(Guid Id, string Slug, string Name, string? Description, List<ComponentResponse> Components);
