using Platform.Kernel.Tenancy;
using Billing.Domain;
using Billing.EInvoicing;
using Billing.Issuing;
using Billing.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Mail;

namespace Billing.Sending;

internal sealed record MailRunReport(int Sent, int Bounced, int Skipped, int Waiting);

/// <summary>Sends the queued invoice and credit-note mails: one Dutch mail per recipient (billing contacts, else the SPOC)
/// with the PDF and the Peppol UBL attached. A row is claimed before its mail goes out, so two runs (or nodes) never send
/// it twice; a mail server that is down leaves it queued for the next run; a recipient refused for good is a bounce.</summary>
internal sealed class InvoiceMailer(
    BillingDbContext db, ITenantDirectory directory, IMailSender mail, UblExport ubl, BillingLinks links, TimeProvider clock,
    ILogger<InvoiceMailer> log)
{
    public const string JobId = "billing-invoice-mails";
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    /// <summary>Asks the job server to send what is queued now (the recurring run is the safety net). Without a job client
    /// (a tool that hosts only the module, like the benchmark) the rows simply stay queued.
    /// The invoice is issued and committed by then: a job queue that cannot take the kick must not turn that into an error.</summary>
    public static void Kick(IServiceProvider services)
    {
        try
        {
            services.GetService<IBackgroundJobClient>()?.Enqueue<InvoiceMailer>(m => m.SendPendingAsync(CancellationToken.None));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetService<ILogger<InvoiceMailer>>()?.LogWarning(e, "Could not queue the invoice mail run; the recurring run sends the mails");
        }
    }

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<MailRunReport> SendPendingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var queued = (await db.InvoiceMails.AsNoTracking().Where(m => m.State == MailState.Queued && m.ClaimedUntil < now)
            .Select(m => new { m.Id, m.QueuedAt, m.Number }).ToListAsync(ct)).OrderBy(m => m.QueuedAt).ThenBy(m => m.Number, StringComparer.Ordinal);
        int sent = 0, bounced = 0, skipped = 0, waiting = 0;
        foreach (var m in queued)
        {
            MailState? state;
            try
            {
                state = await SendAsync(m.Id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                log.LogError(e, "Invoice mail {MailId} could not be sent; it stays queued", m.Id);
                state = MailState.Queued;
            }
            switch (state)
            {
                case MailState.Sent: sent++; break;
                case MailState.Bounced: bounced++; break;
                case MailState.Skipped: skipped++; break;
                case MailState.Queued: waiting++; break;
            }
        }
        return new(sent, bounced, skipped, waiting);
    }

    /// <returns>The row's state after this attempt; null when another sender holds it or it was not queued.</returns>
    public async Task<MailState?> SendAsync(Guid mailId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var until = (now + ClaimFor).ToUnixTimeMilliseconds();
        var claimed = await db.InvoiceMails.Where(m => m.Id == mailId && m.State == MailState.Queued && m.ClaimedUntil < nowMs)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (claimed == 0) return null;
        var row = await db.InvoiceMails.FirstAsync(m => m.Id == mailId, ct);
        try
        {
            await DeliverAsync(row, ct);
        }
        finally
        {
            row.ClaimedUntil = 0;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return row.State;
    }

    private async Task DeliverAsync(InvoiceMail row, CancellationToken ct)
    {
        if (!await TenantSending.IsOnAsync(db, row.TenantId, ct))
        {
            row.State = MailState.Skipped;
            row.Note = "Niet verstuurd: verzending per e-mail staat uit voor dit lokaal bestuur.";
            log.LogInformation("Invoice mail {MailId} skipped: sending is off for tenant {TenantId}", row.Id, row.TenantId);
            return;
        }
        var recipients = await directory.InvoiceRecipientsAsync(row.TenantId, ct);
        if (recipients.Count == 0)
        {
            row.Note = "Wacht: het lokaal bestuur heeft geen facturatiecontact of SPOC.";
            log.LogWarning("Invoice mail {MailId} waits: tenant {TenantId} has no billing contact or SPOC", row.Id, row.TenantId);
            return;
        }
        var (compose, ublProblem) = await ComposeAsync(row, ct);
        List<string> delivered = [], refused = [];
        Exception? failure = null;
        foreach (var to in recipients)
        {
            try
            {
                await mail.SendAsync(compose(to), ct);
                delivered.Add(to.Email);
            }
            catch (MailRefusedException e)
            {
                refused.Add(to.Email);
                log.LogWarning(e, "Invoice mail {MailId} refused by a recipient's mail server", row.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure ??= e;
                log.LogError(e, "Invoice mail {MailId} could not be sent to one of its recipients", row.Id);
            }
        }
        if (delivered.Count == 0 && refused.Count == 0)
        {
            row.Note = "Versturen mislukt (mailserver niet bereikbaar); wordt opnieuw geprobeerd.";
            throw failure ?? new InvalidOperationException("Nothing was sent.");
        }
        row.State = refused.Count > 0 ? MailState.Bounced : MailState.Sent;
        row.SentAt = clock.GetUtcNow();
        row.DeliveredTo = delivered.Count > 0 ? string.Join(", ", delivered) : null;
        row.Refused = refused.Count > 0 ? string.Join(", ", refused) : null;
        row.Note = failure is not null ? "Niet bij iedereen afgeleverd: een mailserver was niet bereikbaar." : ublProblem;
        log.LogInformation("Invoice mail {MailId} for document {DocumentId}: {Delivered} delivered, {Refused} refused",
            row.Id, row.DocumentId, delivered.Count, refused.Count);
    }

    /// <summary>The mail for one recipient, and a note when the UBL could not be attached (what Peppol requires is missing).</summary>
    private async Task<(Func<InvoiceRecipient, OutgoingMail> Compose, string? UblProblem)> ComposeAsync(InvoiceMail row, CancellationToken ct)
    {
        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstAsync(i => i.Id == row.InvoiceId, ct);
        var pdf = await AcrossTenants.Pdfs(db).AsNoTracking().FirstAsync(p => p.Id == row.DocumentId, ct);
        CreditNote? note = null;
        UblFile outcome;
        if (row.Kind == InvoiceKind.CreditNote)
        {
            note = await AcrossTenants.CreditNotes(db).AsNoTracking().FirstAsync(c => c.Id == row.DocumentId, ct);
            outcome = await ubl.ForCreditNoteAsync(note, invoice, ct);
        }
        else outcome = await ubl.ForInvoiceAsync(invoice, ct);

        List<MailAttachment> attachments = [new(pdf.FileName, "application/pdf", pdf.Content)];
        string? problem = null;
        if (outcome is UblFile.Document d) attachments.Add(new(d.FileName, "application/xml", d.Xml));
        else if (outcome is UblFile.Invalid invalid)
            problem = "Zonder Peppol-XML verstuurd: " + string.Join(" ", invalid.Violations.Select(v => v.Message));
        row.UblAttached = problem is null;
        return (to => note is null
            ? InvoiceMailText.ForInvoice(invoice, to, links.OnlinePayment, attachments)
            : InvoiceMailText.ForCreditNote(note, invoice, to, attachments), problem);
    }
}
