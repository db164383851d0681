using Platform.Kernel.Tenancy;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Mail;

namespace Billing.Dunning;

/// <summary>Sends one dunning mail (a reminder step or a friendly notice) the one way both jobs do: the mail is claimed first in
/// its sent-log (a short write whose key makes it once across nodes), then sent, so no database lock is held while the mail
/// server talks. When nothing could be sent the claim is released for the next run and the failure is thrown; once one
/// recipient has it, the mail stays sent (never twice) and a failure for another recipient is logged.</summary>
internal sealed class ClaimedDunningMail(BillingDbContext db, IMailSender mail, ILogger<ClaimedDunningMail> log)
{
    /// <param name="claim">The new sent-log row (<see cref="ReminderSent"/> or <see cref="FriendlyNoticeSent"/>).</param>
    /// <param name="what">What is sent, for the logs ("Reminder 2", "Friendly notice"); never personal data.</param>
    /// <returns>False when another node claimed it first.</returns>
    public async Task<bool> SendAsync<TClaim>(TClaim claim, string what, Invoice invoice, PaymentState state, DunningTemplate template,
        IReadOnlyList<InvoiceRecipient> recipients, CancellationToken ct) where TClaim : class
    {
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            log.LogInformation("{Mail} for invoice {InvoiceId} was claimed by another node first; not sent again", what, invoice.Id);
            return false;
        }
        db.ChangeTracker.Clear();
        var pdf = await AcrossTenants.Pdfs(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == invoice.Id, ct);
        var delivered = 0;
        Exception? failure = null;
        foreach (var recipient in recipients)
        {
            try
            {
                await mail.SendAsync(DunningMail.For(template, invoice, state, recipient, pdf), ct);
                delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One refused address must not keep the mail from the others.
                failure ??= e;
                log.LogError(e, "{Mail} for invoice {InvoiceId} could not be sent to one of its recipients", what, invoice.Id);
            }
        }
        if (delivered == 0 && failure is not null)
        {
            db.Remove(claim);
            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw failure;
        }
        log.LogInformation("{Mail} for invoice {InvoiceId} sent to {Recipients} recipient(s)", what, invoice.Id, delivered);
        return true;
    }
}
