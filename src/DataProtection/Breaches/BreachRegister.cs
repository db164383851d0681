using DataProtection.Domain;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DataProtection.Breaches;

public sealed record BreachSummary(Guid Id, string Title, DateTimeOffset DetectedAt, DateTimeOffset? ClosedAt, int AffectedTenants, int NotNotified);

/// <param name="Elapsed">Time from detection to notification (or to now while not notified), ISO 8601 duration.</param>
public sealed record ImpactResponse(Guid Id, Guid TenantId, string? Tenant, string Categories, int ApproximateCount, DateTimeOffset? NotifiedAt,
    string? Recipients, TimeSpan Elapsed, DateTimeOffset DueAt, bool Late);

public sealed record BreachUpdateResponse(DateTimeOffset At, string Text);

public sealed record BreachResponse(Guid Id, string Title, DateTimeOffset DetectedAt, DateTimeOffset RecordedAt, string Nature, string Consequences,
    string MeasuresTaken, string? MeasuresProposed, string DpoContact, DateTimeOffset? ClosedAt, string? LessonsLearned,
    List<ImpactResponse> Affected, List<BreachUpdateResponse> Updates);

/// <summary>The reads of the breach register (charter 8), for the API and the pages alike: the register, one breach with
/// its affected tenants and their clocks, and a tenant's own part of the breaches it was told about.</summary>
internal sealed class BreachRegister(DataProtectionDbContext db, ITenantDirectory directory, IOptions<DataProtectionOptions> options, TimeProvider clock)
{
    /// <summary>The register, newest detection first, with the number of affected tenants and of those not yet notified.</summary>
    public async Task<List<BreachSummary>> ListAsync(CancellationToken ct)
    {
        var breaches = await db.Breaches.AsNoTracking().OrderByDescending(b => b.DetectedAt).ToListAsync(ct);
        var impacts = await AcrossTenants.BreachImpacts(db).AsNoTracking().Select(i => new { i.BreachId, i.NotifiedAt }).ToListAsync(ct);
        return breaches.Select(b => new BreachSummary(b.Id, b.Title, b.DetectedAt, b.ClosedAt,
            impacts.Count(i => i.BreachId == b.Id), impacts.Count(i => i.BreachId == b.Id && i.NotifiedAt == null))).ToList();
    }

    /// <summary>One breach with its affected tenants (every tenant's) and the clock since detection; null when it does not exist.</summary>
    public async Task<BreachResponse?> FindAsync(Guid id, CancellationToken ct)
    {
        var breach = await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null) return null;
        var impacts = await AcrossTenants.BreachImpacts(db).AsNoTracking().Where(i => i.BreachId == id).OrderBy(i => i.Id).ToListAsync(ct);
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => u.BreachId == id).OrderBy(u => u.At).ToListAsync(ct);
        var names = (await directory.AllAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
        return ToResponse(breach, impacts, updates, t => names.GetValueOrDefault(t), options.Value, clock.GetUtcNow());
    }

    private static BreachResponse ToResponse(Breach b, List<BreachImpact> impacts, List<BreachUpdate> updates, Func<Guid, string?> name, DataProtectionOptions options, DateTimeOffset now) =>
        new(b.Id, b.Title, b.DetectedAt, b.RecordedAt, b.Nature, b.Consequences, b.MeasuresTaken, b.MeasuresProposed, BreachMails.DvDpo, b.ClosedAt, b.LessonsLearned,
            impacts.Select(i =>
            {
                var reading = BreachClock.Read(b.DetectedAt, options.BreachNotificationTarget, now, i.NotifiedAt);
                return new ImpactResponse(i.Id, i.TenantId, name(i.TenantId), i.Categories, i.ApproximateCount, i.NotifiedAt, i.Recipients, reading.Elapsed, reading.DueAt, reading.Late);
            }).ToList(),
            updates.Select(u => new BreachUpdateResponse(u.At, u.Text)).ToList());


    /// <summary>The breaches the current tenant was notified of, with its own part only.</summary>
    public async Task<List<BreachResponse>> OfTenantAsync(TenantContext current, CancellationToken ct)
    {
        var impacts = await db.BreachImpacts.AsNoTracking().Where(i => i.NotifiedAt != null).ToListAsync(ct);
        var ids = impacts.Select(i => i.BreachId).ToList();
        var breaches = await db.Breaches.AsNoTracking().Where(b => ids.Contains(b.Id)).OrderByDescending(b => b.DetectedAt).ToListAsync(ct);
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => ids.Contains(u.BreachId)).OrderBy(u => u.At).ToListAsync(ct);
        return breaches.Select(b => ToResponse(b, impacts.Where(i => i.BreachId == b.Id).ToList(), updates.Where(u => u.BreachId == b.Id).ToList(),
            _ => current.Tenant?.Name, options.Value, clock.GetUtcNow())).ToList();
    }
}
