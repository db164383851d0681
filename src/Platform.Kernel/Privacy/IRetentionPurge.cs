namespace Platform.Kernel.Privacy;

/// <summary>Deletes personal data that no request is needed for (retention), in one module. DataProtection's daily
/// retention job runs every implementation once per schedule.</summary>
public interface IRetentionPurge
{
    /// <summary>What is purged, for the logs (English).</summary>
    string Name { get; }

    /// <returns>How many items were deleted.</returns>
    Task<int> PurgeAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>The retention periods, from configuration <c>DataProtection:TenantData</c>.</summary>
public sealed record RetentionPolicy(int UnconfirmedSubscriptionDays, int ExpiredInvitationDays, int MailPickupDays);

/// <summary>The retention decisions. Pure: values in, values out.</summary>
public static class RetentionRules
{
    /// <summary>A status subscription never confirmed within the period is deleted.</summary>
    public static bool PurgeSubscription(DateTimeOffset createdAt, DateTimeOffset? confirmedAt, DateTimeOffset now, int days) =>
        confirmedAt is null && createdAt <= SubscriptionCutoff(now, days);

    public static DateTimeOffset SubscriptionCutoff(DateTimeOffset now, int days) => now.AddDays(-days);

    /// <summary>An invitation never accepted is deleted once it has been expired for the period.</summary>
    public static bool PurgeInvitation(DateTimeOffset expiresAt, DateTimeOffset? acceptedAt, DateTimeOffset now, int days) =>
        acceptedAt is null && expiresAt <= InvitationCutoff(now, days);

    public static DateTimeOffset InvitationCutoff(DateTimeOffset now, int days) => now.AddDays(-days);

    /// <summary>A mail file in the pickup folder last written before the period is deleted.</summary>
    public static bool PurgeMailFile(DateTimeOffset lastWrite, DateTimeOffset now, int days) => lastWrite <= now.AddDays(-days);

    /// <summary>An export archive is deleted once its download period is over.</summary>
    public static bool PurgeExport(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt is { } e && e <= now;
}
