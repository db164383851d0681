using StatusPage.Domain;

namespace StatusPage.Api;

internal sealed record ImpactRequest(Guid ComponentId, string? Level);

internal sealed record IncidentRequest(string? Title, string? Status, string? Message, List<ImpactRequest>? Impacts);

internal sealed record IncidentUpdateRequest(string? Status, string? Message, List<ImpactRequest>? Impacts);

internal sealed record MaintenanceRequest(string? Title, string? Description, DateTimeOffset Start, DateTimeOffset End, List<Guid>? ComponentIds, bool Announce = true);

internal sealed record ProductRequest(string? Slug, string? Name, string? Description, int SortOrder = 0);

internal sealed record ComponentRequest(string? Name, string? Group, int SortOrder = 0);

internal sealed record ManualStatusRequest(string? Status);

internal sealed record WebhookRequest(string? Url, string? Product, Guid? ComponentId, string? Description);

/// <param name="MonthlyReport">Also mail the monthly availability report (PDF and CSV) on the first working day of each month.</param>
internal sealed record SubscriptionRequest(string? Email, string? Product, Guid? ComponentId, bool MonthlyReport = false);

internal sealed record ComponentResponse(Guid Id, string Name, string? Group, int SortOrder, string? ManualStatus, string Status, string StatusName,
    List<string>? FeatureKeys = null);

internal sealed record ComponentFeaturesRequest(List<string>? FeatureKeys);

internal sealed record ProductResponse(Guid Id, string Slug, string Name, string? Description, List<ComponentResponse> Components);

internal sealed record UpdateResponse(Guid Id, DateTimeOffset At, string Status, string StatusName, string Message);

internal sealed record ImpactResponse(Guid ComponentId, string Level, DateTimeOffset Start, DateTimeOffset? End);

internal sealed record IncidentResponse(Guid Id, string Title, string Status, string StatusName, DateTimeOffset StartedAt,
    DateTimeOffset? ResolvedAt, List<UpdateResponse> Updates, List<ImpactResponse> Impacts, PostIncidentReportResponse? Report = null,
    string? Permalink = null);

internal sealed record PostIncidentReportRequest(string? Cause, string? Impact, string? Measures);

internal sealed record PostIncidentReportResponse(string Cause, string Impact, string Measures, DateTimeOffset PublishedAt);

internal sealed record MaintenanceResponse(Guid Id, string Title, string Description, DateTimeOffset ScheduledStart, DateTimeOffset ScheduledEnd,
    DateTimeOffset? AnnouncedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string Status, List<Guid> ComponentIds,
    DateTimeOffset? CancelledAt = null, int Sequence = 0);

internal sealed record CancelMaintenanceRequest(string? Reason);

internal sealed record WebhookResponse(Guid Id, string Url, Guid? ProductId, Guid? ComponentId, string? Description,
    int ConsecutiveFailures, DateTimeOffset? DisabledAt, string? Secret);

internal sealed record DeliveryResponse(Guid Id, Guid EventId, int Attempt, DateTimeOffset At, int? StatusCode, bool Succeeded, string? Error, long DurationMs);

internal sealed record AuditResponse(Guid Id, DateTimeOffset At, Guid? UserId, string Action, Guid EntityId, string Details);

internal sealed record PreviewResponse(string Subject, string Text);

internal static class RequestParsing
{
    public static bool TryEnum<T>(string? value, out T result) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>Parses impacts; adds a Dutch error under "impacts" for an unknown level.</summary>
    public static List<Incidents.ImpactInput>? Impacts(List<ImpactRequest>? impacts, Dictionary<string, string[]> errors)
    {
        if (impacts is null) return null;
        var result = new List<Incidents.ImpactInput>();
        foreach (var i in impacts)
        {
            if (!TryEnum<ImpactLevel>(i.Level, out var level))
            {
                errors["impacts"] = ["Kies als impact: " + Choices<ImpactLevel>() + "."];
                return null;
            }
            result.Add(new(i.ComponentId, level));
        }
        return result;
    }
}
