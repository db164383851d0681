using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Persistence;
using Platform.Kernel.Privacy;

namespace DataProtection.Retention;

/// <summary>Daily retention (no request needed): every module's <see cref="IRetentionPurge"/>, then expired export archives.
/// Idempotent: a second run deletes nothing more.</summary>
internal sealed class RetentionJob(IEnumerable<IRetentionPurge> purges, DataProtectionDbContext db, ITenantScopeFactory scopes,
    IOptions<TenantDataOptions> options, TimeProvider clock, ILogger<RetentionJob> log)
{
    public const string Id = "dataprotection-retention";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var policy = new RetentionPolicy(o.UnconfirmedSubscriptionDays, o.ExpiredInvitationDays, o.MailPickupDays);
        foreach (var purge in purges)
            log.LogInformation("Retention: {Count} {Name} deleted", await purge.PurgeAsync(policy, now, ct), purge.Name);
        log.LogInformation("Retention: {Count} expired export archives deleted", await PurgeExportsAsync(now, ct));
    }

    private async Task<int> PurgeExportsAsync(DateTimeOffset now, CancellationToken ct)
    {
        // Across tenants on purpose: archives of every tenant expire on the same rule; each is then updated in its tenant's scope.
        var expired = await AcrossTenants.Exports(db).AsNoTracking()
            .Where(e => e.Status == ExportStatus.Ready && e.ExpiresAt <= now).Select(e => new { e.TenantId, e.Id }).ToListAsync(ct);
        foreach (var group in expired.GroupBy(e => e.TenantId))
        {
            await using var scope = await scopes.BeginAsync(group.Key, ct);
            var tenantDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
            var files = scope.ServiceProvider.GetRequiredService<TenantExportJob>();
            var ids = group.Select(e => e.Id).ToList();
            foreach (var export in await tenantDb.Exports.Where(e => ids.Contains(e.Id)).ToListAsync(ct))
            {
                if (!RetentionRules.PurgeExport(export.ExpiresAt, now)) continue;
                File.Delete(files.PathOf(export));
                export.Status = ExportStatus.Expired;
            }
            await tenantDb.SaveChangesAsync(ct);
        }
        return expired.Count;
    }
}
