using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Billing.Sending;

/// <summary>Queues the mail of a document: round 0 with the issue (same transaction), a next round when finance resends.</summary>
internal sealed class InvoiceMailQueue(BillingDbContext db, IServiceProvider services, TimeProvider clock)
{
    public static InvoiceMail First(Guid tenantId, Guid invoiceId, Guid documentId, InvoiceKind kind, string number, DateTimeOffset now, Guid? by,
        Guid? batchId = null) => new()
    {
        Id = Guid.CreateVersion7(now), TenantId = tenantId, InvoiceId = invoiceId, DocumentId = documentId, Kind = kind, Number = number,
        Round = 0, State = MailState.Queued, QueuedAt = now, QueuedBy = by, BatchId = batchId,
    };

    /// <summary>Finance sends an issued invoice or one of its credit notes again (e.g. after a bounce, to a corrected contact).</summary>
    public async Task<Outcome<string>> ResendAsync(Guid invoiceId, Guid documentId, Guid? by, CancellationToken ct)
    {
        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null) return Outcome<string>.Missing();
        if (invoice.Status != InvoiceStatus.Issued) return Outcome<string>.Conflicting("Alleen een uitgegeven factuur kan worden verstuurd.");
        string number;
        InvoiceKind kind;
        if (documentId == invoiceId) (number, kind) = (invoice.Number!, InvoiceKind.Invoice);
        else if (await AcrossTenants.CreditNotes(db).AsNoTracking().FirstOrDefaultAsync(c => c.Id == documentId && c.InvoiceId == invoiceId, ct) is { } note)
            (number, kind) = (note.Number, InvoiceKind.CreditNote);
        else return Outcome<string>.Missing();

        var rounds = await db.InvoiceMails.AsNoTracking().Where(m => m.DocumentId == documentId).Select(m => new { m.Round, m.State }).ToListAsync(ct);
        if (rounds.Any(r => r.State == MailState.Queued))
            return Outcome<string>.Conflicting($"{number} staat al in de wachtrij om verstuurd te worden.");
        var now = clock.GetUtcNow();
        var mail = First(invoice.TenantId, invoiceId, documentId, kind, number, now, by);
        mail.Round = rounds.Count == 0 ? 0 : rounds.Max(r => r.Round) + 1;
        db.InvoiceMails.Add(mail);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<string>.Conflicting($"{number} werd intussen al opnieuw in de wachtrij gezet.");
        }
        InvoiceMailer.Kick(services);
        return Outcome<string>.Success($"{number} staat in de wachtrij en wordt zo dadelijk opnieuw verstuurd.");
    }
}
