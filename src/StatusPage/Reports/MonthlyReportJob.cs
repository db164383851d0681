using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Calendar;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace StatusPage.Reports;

/// <summary>
/// Mails last month's availability report (PDF and CSV) to the subscribers who opted in, from the first working day of
/// the month on (Belgian holidays and the desk's closing days are not working days). Each address gets it once per month,
/// also with two nodes or a rerun: it is first claimed in the notification log (unique per recipient and report month).
/// Subscriptions confirmed after that first working day began wait for next month's report.
/// </summary>
internal sealed class MonthlyReportJob(StatusPageDbContext db, MonthlyAvailability reports, IWorkingDays workingDays, IMailSender mail,
    TimeProvider clock, StatusLinks links, ILogger<MonthlyReportJob> logger)
{
    public const string Channel = "report";

    [DisableConcurrentExecution(600)]
    [AutomaticRetry(Attempts = 5)]
    public Task<int> RunAsync(CancellationToken ct) => SendAsync(Dutch.Today(clock), ct);

    /// <returns>The number of mails sent.</returns>
    public async Task<int> SendAsync(DateOnly today, CancellationToken ct)
    {
        var first = await workingDays.FirstWorkingDayAsync(today.Year, today.Month, ct);
        if (today < first) return 0;
        var reported = today.AddMonths(-1);
        var cutoff = BrusselsCalendar.Day(first).Start;
        var key = ReportKey(reported.Year, reported.Month);
        var subscribers = await db.Subscribers.AsNoTracking()
            .Where(s => s.MonthlyReport && s.ConfirmedAt != null && s.ConfirmedAt < cutoff && s.UnsubscribedAt == null).ToListAsync(ct);
        var productOf = await db.Components.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ProductId, ct);
        var built = new Dictionary<string, (AvailabilityMonthReport Report, byte[] Pdf, byte[] Csv)>();
        var (sent, failures) = (0, 0);
        foreach (var group in subscribers.GroupBy(s => s.Email))
        {
            // Everything when one of the address's subscriptions covers everything; else the products it follows.
            var scope = group.Any(s => s.ProductId is null && s.ComponentId is null) ? null
                : group.Select(s => s.ProductId ?? (s.ComponentId is { } c && productOf.TryGetValue(c, out var p) ? p : Guid.Empty))
                    .Where(p => p != Guid.Empty).Distinct().OrderBy(p => p).ToList();
            if (scope is { Count: 0 }) continue;
            var recipient = StatusNotificationJob.RecipientOf(group.Key);
            if (!await ClaimAsync(recipient, key, ct)) continue;
            try
            {
                var scopeKey = scope is null ? "*" : string.Join(',', scope);
                if (!built.TryGetValue(scopeKey, out var files))
                {
                    var report = await reports.BuildAsync(reported.Year, reported.Month, scope, ct);
                    built[scopeKey] = files = (report, AvailabilityReportPdf.Render(report), AvailabilityReportCsv.Write(report));
                }
                await mail.SendAsync(StatusMails.MonthlyReport(group.OrderBy(s => s.CreatedAt).First(), files.Report, files.Pdf, files.Csv, links), ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.LogWarning(ex, "Monthly availability report {Year}-{Month} to subscriber {SubscriberId} failed", reported.Year, reported.Month, group.First().Id);
                await db.Notifications.Where(n => n.RecipientId == recipient && n.EventId == key).ExecuteDeleteAsync(ct);
            }
        }
        logger.LogInformation("Monthly availability report {Year}-{Month}: {Sent} mail(s) sent", reported.Year, reported.Month, sent);
        if (failures > 0) throw new InvalidOperationException($"{failures} monthly report mail(s) failed; retrying.");
        return sent;
    }

    /// <summary>The "event" id of one month's report in the notification log: stable, so the log's unique key holds.</summary>
    public static Guid ReportKey(int year, int month) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"availability-report:{year:0000}-{month:00}"))[..16]);

    private async Task<bool> ClaimAsync(Guid recipientId, Guid key, CancellationToken ct)
    {
        var log = new NotificationLog { Id = Guid.CreateVersion7(clock.GetUtcNow()), RecipientId = recipientId, EventId = key, Channel = Channel, At = clock.GetUtcNow() };
        db.Notifications.Add(log);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(log).State = EntityState.Detached;
            return false; // sent already, by an earlier run or another node
        }
    }
}
