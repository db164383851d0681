namespace StatusPage.Webhooks;

/// <summary>An HTTPS endpoint told of every event, signed with a per-webhook secret (kept protected by data protection).</summary>
internal sealed class Webhook
{
    public Guid Id { get; set; }
    public required string Url { get; set; }
    public required string ProtectedSecret { get; set; }
    public Guid? ProductId { get; set; }
    public Guid? ComponentId { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>One attempt to deliver an event to a webhook.</summary>
internal sealed class WebhookDelivery
{
    public Guid Id { get; set; }
    public Guid WebhookId { get; set; }
    public Guid EventId { get; set; }
    public int Attempt { get; set; }
    public DateTimeOffset At { get; set; }
    public int? StatusCode { get; set; }
    public bool Succeeded { get; set; }
    public string? Error { get; set; }
    public long DurationMs { get; set; }
}
