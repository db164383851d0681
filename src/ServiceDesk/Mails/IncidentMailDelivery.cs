using Hangfire;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Jobs;
using Platform.Kernel.Mail;
using ServiceDesk.Persistence;

namespace ServiceDesk.Mails;

/// <summary>
/// Delivers the queued incident mails: right after the change that queued them, and every minute for those that failed.
/// A mail is claimed first (its concurrency token makes one node win), then sent; a failure is recorded on the incident's
/// mail log and retried later, a delivered mail is never sent again. A delivered reply or resolution mail is the answer
/// that stops the response clock, at the moment it was delivered (DOMAIN.md §3).
/// </summary>
internal sealed class IncidentMailDelivery(
    ServiceDeskDbContext db, ITenantScopeFactory scopes, IMailSender mail, TimeProvider clock, ILogger<IncidentMailDelivery> logger)
{
    public const string JobId = "servicedesk-mail-delivery";

    /// <summary>How long a claim keeps other nodes off a mail while it is being sent.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    [DisableConcurrentExecution(120)]
    public async Task<int> DeliverPendingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await AcrossTenants.IncidentMails(db).AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.Kind != IncidentMailKind.DeskDigest && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.QueuedAt).Select(m => new { m.Id, m.TenantId }).Take(200).ToListAsync(ct);
        var delivered = 0;
        foreach (var m in due)
            delivered += await DeliverAsync(m.TenantId, m.Id, ct) ? 1 : 0;
        return delivered;
    }

    public async Task<bool> DeliverAsync(Guid tenantId, Guid mailId, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(tenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var m = await tenantDb.IncidentMails.FirstOrDefaultAsync(x => x.Id == mailId, ct);
        var now = clock.GetUtcNow();
        if (m is null || m.DeliveredAt is not null || m.Kind == IncidentMailKind.DeskDigest || m.ClaimedUntil > now) return false;
        m.ClaimedUntil = now + ClaimFor;
        m.ClaimToken = Guid.NewGuid();
        m.Attempts++;
        try
        {
            await tenantDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // another node claimed it
        }

        try
        {
            await mail.SendAsync(new OutgoingMail(m.To, m.Subject, m.Body, Headers: IncidentMails.Headers(m)), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            m.LastError = Describe(e);
            m.NextAttemptAt = now + Backoff(m.Attempts);
            m.ClaimedUntil = null;
            await tenantDb.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning(e, "Mail {MailId} ({Kind}) of incident {IncidentId} not delivered (attempt {Attempt}); retried later",
                m.Id, m.Kind, m.IncidentId, m.Attempts);
            return false;
        }

        var deliveredAt = clock.GetUtcNow();
        m.DeliveredAt = deliveredAt;
        m.ClaimedUntil = null;
        m.NextAttemptAt = null;
        if (m.IsAnswer)
        {
            var incident = await tenantDb.Incidents.FirstAsync(i => i.Id == m.IncidentId, CancellationToken.None);
            if (incident.AnsweredAt is null || deliveredAt < incident.AnsweredAt) incident.AnsweredAt = deliveredAt;
        }
        await tenantDb.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Mail {MailId} ({Kind}) of incident {IncidentId} delivered", m.Id, m.Kind, m.IncidentId);
        return true;
    }

    /// <summary>1, 5, 15, 30, then every 60 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(attempts switch { <= 1 => 1, 2 => 5, 3 => 15, 4 => 30, _ => 60 });

    /// <summary>What went wrong, in Dutch for the incident page, without the address.</summary>
    internal static string Describe(Exception e) => e switch
    {
        SmtpCommandException s => $"De mailserver weigerde de e-mail ({(int)s.StatusCode}).",
        SmtpProtocolException => "De mailserver antwoordde niet volgens het protocol.",
        System.Net.Sockets.SocketException or IOException => "De mailserver was niet bereikbaar.",
        _ => "De e-mail kon niet verstuurd worden (" + e.GetType().Name + ").",
    };
}
