using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using StatusPage.Persistence;

namespace StatusPage.Privacy;

/// <summary>Retention: status subscriptions never confirmed are deleted after <see cref="RetentionPolicy.UnconfirmedSubscriptionDays"/>.</summary>
internal sealed class UnconfirmedSubscriptionsPurge(StatusPageDbContext db) : IRetentionPurge
{
    public string Name => "unconfirmed status subscriptions";

    public async Task<int> PurgeAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = RetentionRules.SubscriptionCutoff(now, policy.UnconfirmedSubscriptionDays);
        return await db.Subscribers.Where(s => s.ConfirmedAt == null && s.CreatedAt <= cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
