using DataProtection.Domain;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Jobs;

namespace DataProtection.Changes;

/// <summary>Daily: tells tenants not yet told of an announced change, and puts due changes into effect (the register or
/// the charter version changes only now), unless an objection is still open. Idempotent: a change is applied once,
/// in the same save that marks it in effect.</summary>
internal sealed class ChangeEffectJob(DataProtectionDbContext db, ChangeNotifier notifier, TimeProvider clock, ILogger<ChangeEffectJob> log)
{
    public const string Id = "dataprotection-changes";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = Dutch.Today(clock);
        var now = clock.GetUtcNow();
        foreach (var change in await db.Changes.Where(c => c.Status == ChangeStatus.Announced).OrderBy(c => c.EffectiveOn).ToListAsync(ct))
        {
            if (today < change.EffectiveOn) await notifier.NotifyAsync(change.Id, ct);
            var settlements = await AcrossTenants.Objections(db).Where(o => o.ChangeId == change.Id).Select(o => o.Settlement).ToListAsync(ct);
            switch (ChangeDecision.Next(change.EffectiveOn, today, settlements))
            {
                case ChangeStep.TakeEffect:
                    Apply(change);
                    (change.Status, change.ResolvedAt) = (ChangeStatus.InEffect, now);
                    log.LogInformation("Data-protection change {ChangeId} ({Kind}) took effect on {EffectiveOn}", change.Id, change.Kind, change.EffectiveOn);
                    break;
                case ChangeStep.Withdraw:
                    (change.Status, change.ResolvedAt) = (ChangeStatus.Withdrawn, now);
                    break;
            }
            await db.SaveChangesAsync(ct);
        }
    }

    private void Apply(PlannedChange c)
    {
        if (c.Kind == ChangeKind.CharterVersion)
        {
            db.CharterVersions.Add(new CharterVersion { Id = Guid.CreateVersion7(clock.GetUtcNow()), Version = c.CharterVersion!, EffectiveOn = c.EffectiveOn, Summary = c.Summary });
            return;
        }
        if (c.ReplacesId is { } replaced && db.SubProcessors.Find(replaced) is { } old) old.Until = c.EffectiveOn;
        db.SubProcessors.Add(new SubProcessor
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = c.Name!, Details = c.Details, Service = c.Service!, Location = c.Location!,
            InEea = c.InEea, TransferBasis = c.TransferBasis, Since = c.EffectiveOn,
        });
    }
}
