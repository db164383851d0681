using Platform.Kernel.Tenancy;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Billing.Dunning;

internal sealed record FriendlyNoticesReport(int Sent, int WithoutRecipient);

/// <summary>The daily job: when <see cref="DunningOptions.FriendlyNoticeDaysBeforeDue"/> is set, one friendly notice per
/// open invoice that days before its due date (or later, until the due date, when the job was down). Claimed in its
/// sent-log before the mail goes out, released when nobody could be reached, as the reminders do.</summary>
internal sealed class FriendlyNotices(
    BillingDbContext db, ITenantDirectory directory, ClaimedDunningMail sender, ReminderTexts texts, IOptions<DunningOptions> options, TimeProvider clock,
    ILogger<FriendlyNotices> log)
{
    public const string JobId = "billing-friendly-notices";

    public async Task<FriendlyNoticesReport> RunAsync(CancellationToken ct)
    {
        var days = options.Value.FriendlyNoticeDaysBeforeDue;
        if (days <= 0) return new(0, 0);
        var today = FeeService.Today(clock);
        var until = today.AddDays(days);
        var candidates = await OutstandingInvoices.LoadAsync(
            AcrossTenants.Invoices(db).Where(i => i.DueDate >= today && i.DueDate <= until), today, ct);
        var ids = candidates.Select(c => c.Invoice.Id).ToList();
        var done = (await db.FriendlyNoticesSent.AsNoTracking().Where(n => ids.Contains(n.InvoiceId)).Select(n => n.InvoiceId).ToListAsync(ct)).ToHashSet();
        var paused = await DunningPauses.PausedAsync(db, ids, ct);
        var template = await texts.TemplateAsync(DunningTemplates.FriendlyNotice, ct);
        int sent = 0, withoutRecipient = 0;
        foreach (var (invoice, state) in candidates.OrderBy(c => c.Invoice.DueDate).ThenBy(c => c.Invoice.Number))
        {
            if (done.Contains(invoice.Id) || paused.Contains(invoice.Id)) continue;
            var recipients = await directory.InvoiceRecipientsAsync(invoice.TenantId, ct);
            if (recipients.Count == 0)
            {
                withoutRecipient++;
                log.LogWarning("Friendly notice for invoice {InvoiceId} not sent: tenant {TenantId} has no billing contact or SPOC", invoice.Id, invoice.TenantId);
                continue;
            }
            var claim = new FriendlyNoticeSent { InvoiceId = invoice.Id, TenantId = invoice.TenantId, SentOn = today, SentAt = clock.GetUtcNow(), Recipients = recipients.Count };
            if (await sender.SendAsync(claim, "Friendly notice", invoice, state, template, recipients, ct)) sent++;
        }
        return new(sent, withoutRecipient);
    }
}
