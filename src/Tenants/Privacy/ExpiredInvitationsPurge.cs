using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;
using Tenants.Persistence;

namespace Tenants.Privacy;

/// <summary>Retention: invitations never accepted are deleted <see cref="RetentionPolicy.ExpiredInvitationDays"/> after they expired.
/// Invitations are global entities; this purge is platform-wide on purpose.</summary>
internal sealed class ExpiredInvitationsPurge(TenantsDbContext db) : IRetentionPurge
{
    public string Name => "expired invitations";

    public async Task<int> PurgeAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = RetentionRules.InvitationCutoff(now, policy.ExpiredInvitationDays);
        return await db.Invitations.Where(i => i.AcceptedAt == null && i.ExpiresAt <= cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
