namespace StatusPage.Subscriptions;

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
