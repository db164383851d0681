namespace StatusPage.Incidents;

internal sealed record ImpactRequest(Guid ComponentId, string? Level);

internal sealed record IncidentRequest(string? Title, string? Status, string? Message, List<ImpactRequest>? Impacts);

internal sealed record IncidentUpdateRequest(string? Status, string? Message, List<ImpactRequest>? Impacts);

internal sealed record UpdateResponse(Guid Id, DateTimeOffset At, string Status, string StatusName, string Message);

internal sealed record ImpactResponse(Guid ComponentId, string Level, DateTimeOffset Start, DateTimeOffset? End);

internal sealed record IncidentResponse(Guid Id, string Title, string Status, string StatusName, DateTimeOffset StartedAt,
    DateTimeOffset? ResolvedAt, List<UpdateResponse> Updates, List<ImpactResponse> Impacts, PostIncidentReportResponse? Report = null,
    string? Permalink = null);

internal sealed record PostIncidentReportRequest(string? Cause, string? Impact, string? Measures);

internal sealed record PostIncidentReportResponse(string Cause, string Impact, string Measures, DateTimeOffset PublishedAt);

internal sealed record PreviewResponse(string Subject, string Text);
