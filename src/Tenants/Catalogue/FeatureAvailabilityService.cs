using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Mail;
using Platform.Kernel.Security;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Contacts;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.Catalogue;

/// <summary>Platform admins change what the platform offers. Suspending or withdrawing a feature notifies the tenants
/// that use it (in their draft or their latest published version): their admins and their SPOC, once per change.</summary>
internal sealed class FeatureAvailabilityService(TenantsDbContext db, IPlatformUsers users, IMailSender mail, AppConfigCache cache,
    TimeProvider clock, ILogger<FeatureAvailabilityService> logger)
{
    /// <summary>The longest reason for a suspension or withdrawal; it goes into the mail to every tenant using the feature.</summary>
    public const int ReasonMaxLength = 1000;

    /// <param name="reason">Why (shown in the mail to every tenant using the feature); the screen asks for it in its confirmation.</param>
    public async Task<FeatureAvailabilityChange?> ChangeAsync(FeatureDefinition feature, FeatureAvailability to, Actor actor, CancellationToken ct,
        string? reason = null)
    {
        var state = await db.FeatureAvailability.FirstOrDefaultAsync(s => s.Key == feature.Key, ct);
        var from = state?.Availability ?? FeatureAvailability.Available;
        if (from == to) return null;
        var now = clock.GetUtcNow();
        if (state is null) db.FeatureAvailability.Add(state = new FeatureAvailabilityState { Key = feature.Key, ChangedBy = actor.Name });
        state.Availability = to;
        state.ChangedAt = now;
        state.ChangedBy = actor.Name;
        var change = new FeatureAvailabilityChange { Id = Guid.CreateVersion7(now), Key = feature.Key, From = from, To = to, At = now, By = actor.Name };
        db.FeatureAvailabilityChanges.Add(change);
        await db.SaveChangesAsync(ct);
        await cache.ChangedForAllAsync(CancellationToken.None);
        if (to != FeatureAvailability.Available) await NotifyAsync(change, feature, ct, reason);
        return change;
    }

    /// <summary>Idempotent: a tenant already notified of this change (a row in the send-once log) is skipped.</summary>
    public async Task<int> NotifyAsync(FeatureAvailabilityChange change, FeatureDefinition feature, CancellationToken ct, string? reason = null)
    {
        var notified = 0;
        foreach (var tenant in await TenantsUsingAsync(feature.Key, ct))
        {
            if (await db.FeatureNotices.AnyAsync(n => n.ChangeId == change.Id && n.TenantId == tenant.Id, ct)) continue;
            var recipients = (await users.ListAsync(tenant.Id, Roles.TenantAdmin, ct)).Select(u => u.Email)
                .Concat(await AcrossTenants.Contacts(db).Where(c => c.TenantId == tenant.Id && c.Role == ContactRole.Spoc)
                    .Select(c => c.Email).ToListAsync(ct))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var notice = new FeatureNotice { Id = Guid.NewGuid(), ChangeId = change.Id, TenantId = tenant.Id, SentAt = clock.GetUtcNow(), Recipients = recipients.Count };
            db.FeatureNotices.Add(notice);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(notice).State = EntityState.Detached; // another node sent it
                continue;
            }
            foreach (var to in recipients) await mail.SendAsync(Message(to, tenant.Name, feature, change, reason), ct);
            notified++;
        }
        logger.LogInformation("Feature {Feature} is now {Availability}; notified {Tenants} tenants", feature.Key, change.To, notified);
        return notified;
    }

    /// <summary>How many tenants a suspension or withdrawal would mail (for the confirmation).</summary>
    public async Task<int> CountTenantsUsingAsync(string key, CancellationToken ct) => (await TenantsUsingAsync(key, ct)).Count;

    private async Task<List<(Guid Id, string Name)>> TenantsUsingAsync(string key, CancellationToken ct)
    {
        var drafts = await AcrossTenants.Drafts(db).AsNoTracking().Select(d => new { d.TenantId, d.Document }).ToListAsync(ct);
        var versions = AcrossTenants.Versions(db); // a query inside the query: EF inlines it
        var latest = await versions.AsNoTracking()
            .Where(v => v.Number == versions.Where(x => x.TenantId == v.TenantId).Max(x => x.Number))
            .Select(v => new { v.TenantId, v.Document }).ToListAsync(ct);
        var ids = drafts.Concat(latest).Where(d => ConfigDocument.FromJson(d.Document).Feature(key) is not null).Select(d => d.TenantId).ToHashSet();
        return (await db.Tenants.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList();
    }

    private static OutgoingMail Message(string to, string tenantName, FeatureDefinition feature, FeatureAvailabilityChange change, string? reason)
    {
        var what = change.To == FeatureAvailability.Suspended
            ? "tijdelijk opgeschort. Je instellingen blijven bewaard; zodra de functie weer beschikbaar is, verschijnt ze opnieuw in de app."
            : "niet langer aangeboden en verdwijnt uit de app.";
        return new OutgoingMail(to, $"Functie \"{feature.Name}\" {(change.To == FeatureAvailability.Suspended ? "opgeschort" : "ingetrokken")}",
            $"Beste beheerder van {tenantName},\n\nDe functie \"{feature.Name}\" in de Mijn Burgerprofiel-app wordt door het platform {what}\n\n" +
            (string.IsNullOrWhiteSpace(reason) ? "" : $"Reden: {reason.Trim()}\n\n") +
            "Met vriendelijke groeten,\nDigitaal Vlaanderen");
    }
}
