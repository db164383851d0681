using DataProtection.Domain;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using Platform.Kernel.Privacy;

namespace DataProtection.Changes;

/// <summary>Mails an announced change to every tenant's DPO contacts (else SPOC), once per tenant: the sent-log row is
/// written first (unique per tenant and change) and keeps the exact text as proof. Running it again reaches only the
/// tenants not yet told (new tenants, a failed send).</summary>
internal sealed class ChangeNotifier(
    DataProtectionDbContext db, ITenantDirectory directory, ITenantScopeFactory scopes, TimeProvider clock,
    DataProtectionLinks links, ILogger<ChangeNotifier> log)
{
    public async Task<int> NotifyAsync(Guid changeId, CancellationToken ct)
    {
        var change = await db.Changes.AsNoTracking().FirstAsync(c => c.Id == changeId, ct);
        if (change.Status != ChangeStatus.Announced) return 0;
        var replaced = change.ReplacesId is { } rid ? await db.SubProcessors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == rid, ct) : null;
        var told = (await AcrossTenants.Notices(db).Where(n => n.ChangeId == changeId).Select(n => n.TenantId).ToListAsync(ct)).ToHashSet();
        var today = Dutch.Today(clock);
        var sent = 0;
        foreach (var tenant in await directory.AllAsync(ct))
        {
            if (told.Contains(tenant.Id) || tenant.TerminationEffectiveOn is { } end && end <= today) continue;
            await using var scope = await scopes.BeginAsync(tenant.Id, ct);
            var tenantDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
            var recipients = await scope.ServiceProvider.GetRequiredService<ITenantPrivacyContacts>().RecipientsAsync(tenant.Id, ct);
            var (subject, body) = ChangeMails.Announcement(change, replaced, tenant.Name, links.Tenant(tenant.Slug));
            tenantDb.Notices.Add(new ChangeNotice
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), ChangeId = changeId, SentAt = clock.GetUtcNow(),
                Recipients = string.Join(", ", recipients.Select(r => r.Email)), ToDpo = recipients.Any(r => r.IsDpo),
                Subject = subject, Body = body,
            });
            try
            {
                await tenantDb.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                continue; // another node told this tenant already
            }
            var mail = scope.ServiceProvider.GetRequiredService<IMailSender>();
            foreach (var r in recipients)
                await mail.SendAsync(new OutgoingMail(r.Email, subject, body), ct);
            if (recipients.Count == 0)
                log.LogWarning("Tenant {TenantId} has neither a DPO contact nor a SPOC; change {ChangeId} logged as not mailed", tenant.Id, changeId);
            sent++;
        }
        return sent;
    }
}
