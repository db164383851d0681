using DataProtection.Domain;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;

namespace DataProtection.Changes;

public sealed record ObjectionRequest(string? Reason);

public sealed record SettlementRequest(string? Settlement, string? Note);

/// <summary>A tenant objects, reasoned, within the notice period (6.3; for a charter version: terminates, 14.3).</summary>
internal sealed class FileObjection(DataProtectionDbContext db, TenantContext current, TimeProvider clock)
{
    public async Task<Outcome<Objection>> RunAsync(Guid changeId, ObjectionRequest r, Guid? userId, CancellationToken ct)
    {
        var change = await db.Changes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == changeId, ct);
        if (change is null || !current.HasTenant) return Outcome<Objection>.Missing();
        var reason = r.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < 10)
            return Outcome<Objection>.Invalid("reason", "Motiveer het bezwaar (minstens 10 tekens).");
        if (reason.Length > 4000) return Outcome<Objection>.Invalid("reason", "Het bezwaar is te lang (maximaal 4000 tekens).");
        var now = clock.GetUtcNow();
        if (change.Status != ChangeStatus.Announced || !NoticePeriod.CanObject(change.AnnouncedOn, now))
            return Outcome<Objection>.Conflicting($"De termijn voor bezwaar liep tot en met {Dutch.Date(change.ObjectionDeadline)}.");
        if (await db.Objections.AnyAsync(o => o.ChangeId == changeId, ct))
            return Outcome<Objection>.Conflicting("Je hebt al bezwaar aangetekend tegen deze wijziging.");
        var objection = new Objection { Id = Guid.CreateVersion7(now), ChangeId = changeId, Reason = reason, FiledAt = now, FiledBy = userId };
        db.Objections.Add(objection);
        await db.SaveChangesAsync(ct);
        return Outcome<Objection>.Success(objection);
    }
}

/// <summary>The platform admin records how an objection was settled; "not appointed" withdraws the change.</summary>
internal sealed class SettleObjection(DataProtectionDbContext db, ITenantScopeFactory scopes, TimeProvider clock)
{
    public async Task<Outcome<Objection>> RunAsync(Guid objectionId, SettlementRequest r, Guid? userId, CancellationToken ct)
    {
        var found = await AcrossTenants.Objections(db).AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectionId, ct);
        if (found is null) return Outcome<Objection>.Missing();
        if (!Enum.TryParse<Settlement>(r.Settlement, ignoreCase: true, out var settlement) || !Enum.IsDefined(settlement))
            return Outcome<Objection>.Invalid("settlement", "Kies de oplossing: Kept (alsnog ingeschakeld), Replaced (vervangen) of NotAppointed (niet aangesteld).");
        if (r.Note?.Trim().Length > 2000) return Outcome<Objection>.Invalid("note", "De toelichting is te lang (maximaal 2000 tekens).");
        if (found.Settlement is not null) return Outcome<Objection>.Conflicting("Dit bezwaar is al afgehandeld.");
        var now = clock.GetUtcNow();

        // The objection belongs to its tenant: it is changed in that tenant's scope, as the interceptor demands.
        await using var scope = await scopes.BeginAsync(found.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
        var objection = await tenantDb.Objections.FirstAsync(o => o.Id == objectionId, ct);
        (objection.Settlement, objection.SettlementNote, objection.SettledAt, objection.SettledBy) =
            (settlement, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), now, userId);
        if (settlement == Settlement.NotAppointed
            && await tenantDb.Changes.FirstOrDefaultAsync(c => c.Id == objection.ChangeId && c.Status == ChangeStatus.Announced, ct) is { } change)
            (change.Status, change.ResolvedAt) = (ChangeStatus.Withdrawn, now);
        await tenantDb.SaveChangesAsync(ct);
        return Outcome<Objection>.Success(objection);
    }
}
