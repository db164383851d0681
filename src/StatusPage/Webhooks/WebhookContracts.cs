namespace StatusPage.Webhooks;

internal sealed record WebhookRequest(string? Url, string? Product, Guid? ComponentId, string? Description);

internal sealed record WebhookResponse(Guid Id, string Url, Guid? ProductId, Guid? ComponentId, string? Description,
    int ConsecutiveFailures, DateTimeOffset? DisabledAt, string? Secret);

internal sealed record DeliveryResponse(Guid Id, Guid EventId, int Attempt, DateTimeOffset At, int? StatusCode, bool Succeeded, string? Error, long DurationMs);
