using System.Text.Json;
using DataProtection.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Mail;
using Platform.Kernel.Persistence;
using Platform.Kernel.Privacy;
using DataProtection.Export;

namespace DataProtection.Erasure;

/// <summary>Daily (and on demand): executes every erasure whose waiting period has passed. Per tenant: the DPO contacts
/// (else SPOC) are captured first, then every module erases its part, then the deletion certificate is mailed to those
/// captured addresses. Claimed once per erasure (concurrency token), so two nodes never run the same erasure twice; a
/// failed run is put back and retried at the next schedule (every module's erasure can run again).</summary>
internal sealed class ErasureJob(DataProtectionDbContext db, ITenantScopeFactory scopes, IMailSender mail, TimeProvider clock, ILogger<ErasureJob> log)
{
    public const string Id = "dataprotection-erasures";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Across tenants on purpose: the job looks for due erasures of every tenant, then enters each tenant to run it.
        var due = await AcrossTenants.Erasures(db).AsNoTracking()
            .Where(e => e.Status == ErasureStatus.Scheduled && e.ScheduledFor <= now).Select(e => new { e.TenantId, e.Id }).ToListAsync(ct);
        foreach (var e in due) await ExecuteAsync(e.TenantId, e.Id, ct);
    }

    public async Task ExecuteAsync(Guid tenantId, Guid erasureId, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(tenantId, ct);
        var services = scope.ServiceProvider;
        var tenantDb = services.GetRequiredService<DataProtectionDbContext>();
        var erasure = await tenantDb.Erasures.FirstOrDefaultAsync(e => e.Id == erasureId, ct);
        var now = clock.GetUtcNow();
        if (erasure is null || !ErasureRules.IsDue(erasure.Status, erasure.ScheduledFor, now)) return;
        (erasure.Status, erasure.Claim) = (ErasureStatus.Running, Guid.NewGuid());
        try { await tenantDb.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return; }

        var tenant = services.GetRequiredService<TenantContext>().Tenant!;
        try
        {
            var recipients = await services.GetRequiredService<ITenantPrivacyContacts>().RecipientsAsync(tenantId, ct);
            var holders = services.GetServices<ITenantDataHolder>().OrderBy(h => h.Order).ThenBy(h => h.Area, StringComparer.Ordinal).ToList();
            var data = await TenantPeople.ScopeAsync(tenantId, holders, ct);
            var results = new List<TenantErasure>();
            foreach (var holder in holders)
            {
                results.Add(await holder.EraseAsync(data, ct));
                log.LogInformation("Erasure {ErasureId}: {Area} erased for tenant {TenantId}", erasureId, holder.Area, tenantId);
            }
            var certificate = new DeletionCertificate(tenant.Name, erasure.Choice, erasure.ConfirmedAt, clock.GetUtcNow(),
                [.. results.SelectMany(r => r.Erased)], [.. results.SelectMany(r => r.Kept)]);
            var pdf = DeletionCertificatePdf.Render(certificate);
            var (subject, body) = DeletionCertificatePdf.Mail(certificate);
            foreach (var r in recipients)
                await mail.SendAsync(new OutgoingMail(r.Email, subject, body, Attachments: [new MailAttachment(DeletionCertificatePdf.FileName(certificate), "application/pdf", pdf)]), ct);
            erasure.Summary = JsonSerializer.Serialize(new { certificate.Erased, certificate.Kept });
            (erasure.Certificate, erasure.CertificateRecipients) = (pdf, recipients.Count);
            (erasure.Status, erasure.ExecutedAt) = (ErasureStatus.Done, certificate.ExecutedAt);
            await tenantDb.SaveChangesAsync(ct);
            log.LogInformation("Erasure {ErasureId} of tenant {TenantId} done; certificate sent to {Recipients} recipients", erasureId, tenantId, recipients.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Erasure {ErasureId} of tenant {TenantId} failed; retried at the next run", erasureId, tenantId);
            tenantDb.ChangeTracker.Clear();
            var retry = await tenantDb.Erasures.FirstAsync(x => x.Id == erasureId, CancellationToken.None);
            (retry.Status, retry.Claim) = (ErasureStatus.Scheduled, Guid.NewGuid());
            await tenantDb.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }
}
