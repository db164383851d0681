using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Platform.Kernel.Jobs;
using Platform.Kernel.Mail;
using ServiceDesk.Calendar;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reports;

/// <summary>
/// Daily at 07:00 (Brussels): on the first working day of the month (weekends, Belgian holidays and the desk's closing days
/// skipped) every tenant whose contract ran during last month gets last month's service report as a PDF, mailed to its service
/// delivery manager, else its SPOC; without either the month is recorded as skipped. Every run also retries the mailings whose
/// earlier attempt failed. Exactly once per (tenant, month) on any number of nodes: the sent-log row is inserted first (unique
/// per tenant and month), then claimed by one node (concurrency token), sent, and marked sent.
/// </summary>
internal sealed class ServiceReportMailer(
    ServiceDeskDbContext db, ClockPolicyProvider policies, ITenantServiceContacts contacts, ITenantScopeFactory scopes,
    ITenantStore tenants, IMailSender mail, TimeProvider clock, ILogger<ServiceReportMailer> logger)
{
    public const string JobId = "servicedesk-service-report-mailing";
    public const string Schedule = "0 7 * * *";

    /// <summary>After this many failed attempts the mailing waits for a manual re-send.</summary>
    public const int MaxAttempts = 10;

    /// <summary>How long a claim keeps other nodes off a mailing while its PDF is drawn and sent.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public const string NoContact = "Geen service delivery manager en geen SPOC gekend voor dit lokaal bestuur.";

    [DisableConcurrentExecution(600)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = Dutch.DayOf(now);
        var calendar = (await policies.GetAsync(ct)).Calendar;
        if (calendar.FirstWorkingDayOfMonth(today.Year, today.Month) == today)
        {
            var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            var month = MonthKey(from);
            foreach (var tenant in await contacts.UnderContractAsync(from, from.AddMonths(1).AddDays(-1), ct))
                await ClaimAsync(tenant.Id, month, ct);
        }

        // Every tenant's pending mailings (today's, and earlier failures): the job runs without a tenant, so it reads across them.
        var due = await AcrossTenants.ServiceReportMailings(db).AsNoTracking()
            .Where(m => m.Status == ServiceReportMailingStatus.Pending && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt).Select(m => new { m.Id, m.TenantId }).ToListAsync(ct);
        var sent = 0;
        foreach (var m in due)
            sent += await DeliverAsync(m.TenantId, m.Id, ct) ? 1 : 0;
        return sent;
    }

    public static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Inserts the (tenant, month) row unless it exists; a second node inserting at the same time loses on the unique index.</summary>
    private async Task ClaimAsync(Guid tenantId, string month, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(tenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        if (await tenantDb.ServiceReportMailings.AnyAsync(m => m.Month == month, ct)) return;
        tenantDb.ServiceReportMailings.Add(new ServiceReportMailing
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Month = month, Status = ServiceReportMailingStatus.Pending, CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await tenantDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            logger.LogInformation("Service report mailing of tenant {TenantId} for {Month} was claimed by another node first", tenantId, month);
        }
    }

    /// <summary>Claims one pending mailing, mails the report and marks it sent; a failure is recorded for the next run.
    /// False when another node has it, it is no longer pending, or it failed or was skipped.</summary>
    public async Task<bool> DeliverAsync(Guid tenantId, Guid mailingId, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(tenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var now = clock.GetUtcNow();
        var m = await ClaimAsync(tenantDb, mailingId, now, ct);
        if (m is null) return false;

        var tenant = await tenants.FindByIdAsync(tenantId, ct);
        var to = await contacts.ServiceReportRecipientAsync(tenantId, ct);
        if (tenant is null || to is null)
        {
            await SkipAsync(tenantDb, m, tenant is null ? "Dit lokaal bestuur bestaat niet meer." : NoContact);
            return false;
        }
        m.RecipientName = to.Name;
        m.RecipientEmail = to.Email;
        m.ToServiceDeliveryManager = to.IsServiceDeliveryManager;
        m.SkipReason = null;

        try
        {
            _ = TenantServiceReport.TryParseMonth(m.Month, out var year, out var month);
            var report = await scope.ServiceProvider.GetRequiredService<TenantServiceReport>().BuildAsync(tenant, year, month, ct);
            var pdf = ServiceReportPdf.Render(report, now);
            await mail.SendAsync(Compose(report, to, pdf), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            m.LastError = IncidentMailDelivery.Describe(e);
            m.ClaimedUntil = null;
            await tenantDb.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning(e, "Service report of tenant {TenantId} for {Month} not delivered (attempt {Attempt}); retried on the next run",
                tenantId, m.Month, m.Attempts);
            return false;
        }

        m.Status = ServiceReportMailingStatus.Sent;
        m.SentAt = clock.GetUtcNow();
        m.LastError = null;
        m.ClaimedUntil = null;
        await tenantDb.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Service report of tenant {TenantId} for {Month} delivered (attempt {Attempt})", tenantId, m.Month, m.Attempts);
        return true;
    }

    /// <summary>The pending mailing, claimed for this node (a token and a lease, saved), or null when it is gone, no longer
    /// pending, leased, or another node saved its claim first.</summary>
    private static async Task<ServiceReportMailing?> ClaimAsync(ServiceDeskDbContext tenantDb, Guid mailingId, DateTimeOffset now, CancellationToken ct)
    {
        var m = await tenantDb.ServiceReportMailings.FirstOrDefaultAsync(x => x.Id == mailingId, ct);
        if (m is null || m.Status != ServiceReportMailingStatus.Pending || m.ClaimedUntil > now) return null;
        m.ClaimedUntil = now + ClaimFor;
        m.ClaimToken = Guid.NewGuid();
        m.Attempts++;
        m.LastAttemptAt = now;
        try
        {
            await tenantDb.SaveChangesAsync(ct);
            return m;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another node claimed it
        }
    }

    private async Task SkipAsync(ServiceDeskDbContext tenantDb, ServiceReportMailing m, string reason)
    {
        m.Status = ServiceReportMailingStatus.Skipped;
        m.SkipReason = reason;
        m.RecipientName = m.RecipientEmail = null;
        m.ToServiceDeliveryManager = null;
        m.ClaimedUntil = null;
        await tenantDb.SaveChangesAsync(CancellationToken.None);
        logger.LogWarning("Service report of tenant {TenantId} for {Month} skipped: no recipient", m.TenantId, m.Month);
    }

    internal static OutgoingMail Compose(ServiceReport r, ServiceContact to, byte[] pdf)
    {
        var m = r.Incidents;
        var month = ReportText.Month(r.Year, r.Month);
        var body =
            $"Beste {to.Name},\n\n" +
            $"In de bijlage vind je het maandrapport dienstverlening van {r.Tenant.Name} voor {month}.\n\n" +
            $"Incidenten: {Dutch.Number(m.Total)} (reactie op tijd: {Dutch.Number(m.Response.Met)}, te laat: {Dutch.Number(m.Response.Breached)}; " +
            $"oplossing op tijd: {Dutch.Number(m.Resolution.Met)}, te laat: {Dutch.Number(m.Resolution.Breached)}).\n" +
            $"Beschikbaarheid platform: {ServiceReportText.Availability(r.Availability)} (doel {ServiceReportText.Objective(r.Availability)}, " +
            $"{ServiceReportText.Verdict(r.Availability)}).\n" +
            $"Openstaande incidenten op het einde van de maand: {Dutch.Number(r.OpenItems.Count)}.\n\n" +
            "Met vriendelijke groeten,\nDe servicedesk van Mijn Burgerprofiel\n";
        return new OutgoingMail(to.Email, $"Maandrapport dienstverlening {month} – {r.Tenant.Name}", body,
            Headers: new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
            Attachments: [new MailAttachment(ServiceReportsApi.FileName(r), "application/pdf", pdf)]);
    }
}
