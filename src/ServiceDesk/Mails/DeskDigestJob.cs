using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using ServiceDesk.Persistence;

namespace ServiceDesk.Mails;

/// <summary>
/// The desk's digest of new incidents that are not alerted at once (by default P3 and P4): one mail listing every incident
/// whose alert waits, then each listed alert is marked delivered. When the mail fails nothing is marked, and the next run
/// lists them again.
/// </summary>
internal sealed class DeskDigestJob(
    ServiceDeskDbContext db, ITenantScopeFactory scopes, ITenantStore tenants, IMailSender mail, IOptions<DeskMailOptions> options,
    DeskLinks links, TimeProvider clock, ILogger<DeskDigestJob> logger)
{
    public const string JobId = "servicedesk-desk-digest";

    [DisableConcurrentExecution(300)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (options.Value.DeskAddress is not { Length: > 0 } desk) return 0;
        var waiting = await (from m in AcrossTenants.IncidentMails(db).AsNoTracking()
                             join i in AcrossTenants.Incidents(db) on m.IncidentId equals i.Id
                             where m.Kind == IncidentMailKind.DeskDigest && m.DeliveredAt == null
                             orderby i.Priority, i.ReportedAt
                             select new { m.Id, m.TenantId, i.Number, i.Priority, i.Title, i.ReportedAt, IncidentId = i.Id }).ToListAsync(ct);
        if (waiting.Count == 0) return 0;
        var body = new StringBuilder($"Nieuwe incidenten sinds het vorige overzicht: {waiting.Count}.\n\n");
        foreach (var w in waiting)
        {
            var tenant = await tenants.FindByIdAsync(w.TenantId, ct);
            body.Append($"{w.Number} · {w.Priority} · {tenant?.Name ?? "?"} · ontvangen {Dutch.DateTime(w.ReportedAt)}\n{w.Title}\n{links.Incident(w.IncidentId)}\n\n");
        }
        try
        {
            await mail.SendAsync(new OutgoingMail(desk, $"Overzicht nieuwe incidenten: {waiting.Count}", body.ToString(),
                Headers: new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" }), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Desk digest of {Count} incident(s) not delivered; the next run lists them again", waiting.Count);
            throw;
        }
        var now = clock.GetUtcNow();
        foreach (var perTenant in waiting.GroupBy(w => w.TenantId))
        {
            await using var scope = await scopes.BeginAsync(perTenant.Key, CancellationToken.None);
            var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            var ids = perTenant.Select(w => w.Id).ToList();
            foreach (var m in await tenantDb.IncidentMails.Where(m => ids.Contains(m.Id)).ToListAsync(CancellationToken.None))
            {
                m.DeliveredAt = now;
                m.Attempts++;
            }
            await tenantDb.SaveChangesAsync(CancellationToken.None);
        }
        logger.LogInformation("Desk digest of {Count} incident(s) delivered", waiting.Count);
        return waiting.Count;
    }
}
