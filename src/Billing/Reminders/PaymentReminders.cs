using Platform.Kernel.Tenancy;
using Billing.Pdf;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Formatting;
using Billing.Payments;

namespace Billing.Reminders;

/// <summary>Configuration section <c>Billing:Reminders</c>: days after the due date for the first reminder, then the intervals.</summary>
internal sealed class ReminderOptions : System.ComponentModel.DataAnnotations.IValidatableObject
{
    public const string Section = "Billing:Reminders";

    public int FirstAfterDueDays { get; set; } = ReminderPolicy.Default.FirstAfterDueDays;

    /// <summary>Null means the default. No initializer: the configuration binder appends to an existing array instead of replacing it.</summary>
    public int[]? ThenAfterDays { get; set; }

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext validationContext)
    {
        if (FirstAfterDueDays < 1 || (ThenAfterDays ?? []).Any(d => d < 1))
            yield return new($"{Section}: every number of days must be at least 1.", [nameof(FirstAfterDueDays)]);
    }

    public ReminderPolicy ToPolicy()
    {
        var then = ThenAfterDays ?? [.. ReminderPolicy.Default.ThenAfterDays];
        if (FirstAfterDueDays < 1 || then.Any(d => d < 1))
            throw new InvalidOperationException($"{Section}: every number of days must be at least 1.");
        return new(FirstAfterDueDays, then);
    }
}

internal sealed record RemindersReport(int Sent, int WithoutRecipient);

/// <summary>The daily job: a Dutch reminder to the tenant's billing contact for every overdue invoice whose next step is due.
/// The step is claimed in the sent-log (its key makes it once, also with several nodes) before the mail goes out; when no
/// recipient could be reached the claim is released and the step is tried again the next run.</summary>
internal sealed class PaymentReminders(
    BillingDbContext db, ITenantDirectory directory, Dunning.ClaimedDunningMail sender, ReminderPolicy policy, Dunning.ReminderTexts texts, TimeProvider clock,
    ILogger<PaymentReminders> log)
{
    public const string JobId = "billing-payment-reminders";

    public async Task<RemindersReport> RunAsync(CancellationToken ct)
    {
        var today = FeeService.Today(clock);
        var candidates = await OutstandingInvoices.LoadAsync(AcrossTenants.Invoices(db).Where(i => i.DueDate < today), today, ct);
        var ids = candidates.Select(c => c.Invoice.Id).ToList();
        // On hold or in dispute (Dunning): no reminder while it lasts.
        var paused = await Dunning.DunningPauses.PausedAsync(db, ids, ct);
        var sentLog = (await db.RemindersSent.AsNoTracking().Where(r => ids.Contains(r.InvoiceId)).ToListAsync(ct))
            .ToLookup(r => r.InvoiceId, r => new SentReminder(r.Step, r.SentOn));
        int sent = 0, withoutRecipient = 0;
        var failures = new List<Exception>();
        foreach (var (invoice, state) in candidates.OrderBy(c => c.Invoice.DueDate).ThenBy(c => c.Invoice.Number))
        {
            if (paused.Contains(invoice.Id)) continue;
            if (ReminderSchedule.DueNow(state.Status, invoice.DueDate!.Value, sentLog[invoice.Id].ToList(), today, policy) is not { } due)
                continue;
            var recipients = await directory.InvoiceRecipientsAsync(invoice.TenantId, ct);
            if (recipients.Count == 0)
            {
                withoutRecipient++;
                log.LogWarning("Reminder {Step} for invoice {InvoiceId} not sent: tenant {TenantId} has no billing contact or SPOC",
                    due.Step, invoice.Id, invoice.TenantId);
                continue;
            }
            try
            {
                if (await SendAsync(invoice, state, due.Step, recipients, today, ct)) sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The step was released; the other invoices still get theirs, and the next run retries this one.
                db.ChangeTracker.Clear();
                failures.Add(e);
                log.LogError(e, "Reminder {Step} for invoice {InvoiceId} could not be sent", due.Step, invoice.Id);
            }
        }
        if (failures.Count > 0)
            throw new AggregateException($"{failures.Count} reminder(s) could not be sent ({sent} sent); they are retried on the next run.", failures);
        return new(sent, withoutRecipient);
    }

    private async Task<bool> SendAsync(Invoice invoice, PaymentState state, int step, IReadOnlyList<InvoiceRecipient> recipients, DateOnly today, CancellationToken ct)
    {
        var claim = new ReminderSent
        {
            InvoiceId = invoice.Id, Step = step, TenantId = invoice.TenantId, SentOn = today, SentAt = clock.GetUtcNow(), Recipients = recipients.Count,
        };
        var template = await texts.TemplateAsync(step, ct);
        return await sender.SendAsync(claim, $"Reminder {step}", invoice, state, template, recipients, ct);
    }
}
