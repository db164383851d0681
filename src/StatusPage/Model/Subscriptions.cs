namespace StatusPage.Model;

/// <summary>An e-mail subscription to one product, one component or (both null) everything. Active once confirmed
/// (double opt-in) and until unsubscribed. <see cref="Token"/> is the secret in the confirm and unsubscribe links.</summary>
internal sealed class Subscriber
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public Guid? ProductId { get; set; }
    public Guid? ComponentId { get; set; }
    public required string Token { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }
    /// <summary>"public" (the form), "onboarding" (a tenant contact), "api".</summary>
    public required string Source { get; set; }
    /// <summary>A tenant contact subscribed at onboarding: told only of events touching the features its tenant's
    /// published app uses (null: everything in scope).</summary>
    public Guid? ForTenantId { get; set; }
    /// <summary>Opted in to the monthly availability report (PDF and CSV), mailed on the first working day of the month.</summary>
    public bool MonthlyReport { get; set; }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;
}

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
