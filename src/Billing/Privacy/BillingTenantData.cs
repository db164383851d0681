using Billing.EInvoicing;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Privacy;

namespace Billing.Privacy;

/// <summary>Billing's part of a tenant's data (charter 12.2): invoices and credit notes (data, PDF and Peppol UBL) and
/// payments. Erasure keeps issued invoices and credit notes with their accounting data and stored PDFs (bookkeeping
/// law, docs/decisions/0015-erasure-and-retention.md) and strips what is not part of the document: payer names and
/// accounts on payments and bank entries, mail recipients and free notes.</summary>
internal sealed class BillingTenantData(BillingDbContext db, UblExport ubl) : ITenantDataHolder
{
    public const string Erased = "[verwijderd]";

    public const string KeptReason =
        "Wettelijke bewaarplicht: facturen en creditnota's 10 jaar (art. 60, § 4 WBTW, sinds 1 januari 2023); " +
        "boekhouding en verantwoordingsstukken 7 jaar (art. III.86 en III.88 WER).";

    public string Area => "billing";

    public async Task ExportAsync(TenantDataScope scope, ITenantArchive archive, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        await archive.WriteTableAsync("invoices", db.Invoices.AsNoTracking().Where(i => i.TenantId == t).OrderBy(i => i.Year)
            .Select(i => new InvoiceRow(i.Id, i.Number, i.Status.ToString(), i.Year, i.InvoiceDate, i.DueDate, i.CustomerName, i.CustomerKbo,
                i.PeriodStart, i.PeriodEnd, i.Inhabitants, i.TierName, i.Amount, i.PaidAmount, i.CreditedAmount, i.PaidOn, i.Communication, i.BuyerReference))
            .AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("credit-notes", db.CreditNotes.AsNoTracking().Where(c => c.TenantId == t)
            .Select(c => new CreditNoteRow(c.Id, c.InvoiceId, c.Number, c.Date, c.Amount, c.Reason)).AsAsyncEnumerable(), cancellationToken);
        await archive.WriteTableAsync("payments", db.Payments.AsNoTracking().Where(p => p.TenantId == t).OrderBy(p => p.ReceivedOn)
            .Select(p => new PaymentRow(p.Id, p.InvoiceId, p.Amount, p.ReceivedOn, p.Source.ToString(), p.Reference, p.TransactionReference, p.PayerName, p.PayerIban))
            .AsAsyncEnumerable(), cancellationToken);

        var invoices = await db.Invoices.AsNoTracking().Where(i => i.TenantId == t && i.Number != null).ToListAsync(cancellationToken);
        foreach (var invoice in invoices)
        {
            await PdfAsync(invoice.Id, invoice.Number!, cancellationToken);
            if (await ubl.ForInvoiceAsync(invoice, cancellationToken) is UblFile.Document d)
                await archive.WriteFileAsync("ubl/" + d.FileName, new MemoryStream(d.Xml, writable: false), cancellationToken);
        }
        foreach (var note in await db.CreditNotes.AsNoTracking().Where(c => c.TenantId == t).ToListAsync(cancellationToken))
        {
            await PdfAsync(note.Id, note.Number, cancellationToken);
            if (invoices.FirstOrDefault(i => i.Id == note.InvoiceId) is { } invoice
                && await ubl.ForCreditNoteAsync(note, invoice, cancellationToken) is UblFile.Document d)
                await archive.WriteFileAsync("ubl/" + d.FileName, new MemoryStream(d.Xml, writable: false), cancellationToken);
        }

        async Task PdfAsync(Guid id, string number, CancellationToken ct)
        {
            var pdf = await db.Pdfs.AsNoTracking().Where(p => p.Id == id && p.TenantId == t).Select(p => p.Content).FirstOrDefaultAsync(ct);
            if (pdf is not null) await archive.WriteFileAsync($"pdf/{number}.pdf", new MemoryStream(pdf, writable: false), ct);
        }
    }

    public async Task<TenantErasure> EraseAsync(TenantDataScope scope, CancellationToken cancellationToken)
    {
        var t = scope.TenantId;
        var invoiceIds = db.Invoices.Where(i => i.TenantId == t).Select(i => i.Id);
        // Set-based writes, each naming the tenant explicitly (and held by the tenant filter where the entity has one).
        var payments = await db.Payments.Where(p => p.TenantId == t && (p.PayerName != null || p.PayerIban != null))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PayerName, (string?)null).SetProperty(p => p.PayerIban, (string?)null), cancellationToken);
        var bankEntries = await db.ReviewEntries.Where(r => r.InvoiceId != null && invoiceIds.Contains(r.InvoiceId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PayerName, (string?)null).SetProperty(r => r.PayerIban, (string?)null)
                .SetProperty(r => r.FreeText, (string?)null).SetProperty(r => r.ResolutionNote, (string?)null), cancellationToken);
        var mails = await db.InvoiceMails.Where(m => m.TenantId == t)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredTo, (string?)null).SetProperty(m => m.Refused, (string?)null)
                .SetProperty(m => m.Note, (string?)null), cancellationToken);
        var pauses = await db.DunningPauses.Where(p => p.TenantId == t)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reason, Erased).SetProperty(p => p.EndNote, (string?)null), cancellationToken);
        var issued = await db.Invoices.CountAsync(i => i.TenantId == t, cancellationToken);
        var notes = await db.CreditNotes.CountAsync(c => c.TenantId == t, cancellationToken);
        return new TenantErasure(
            [
                new ErasedItems("Naam en rekeningnummer van de betaler bij betalingen", payments),
                new ErasedItems("Naam, rekeningnummer en vrije mededeling van de betaler bij bankverrichtingen", bankEntries),
                new ErasedItems("Ontvangers en notities bij verzonden facturen", mails),
                new ErasedItems("Redenen van opgeschorte herinneringen", pauses),
            ],
            [
                new KeptItems("Facturen (gegevens, PDF) en hun betalingen (bedrag, datum, referentie)", issued, KeptReason),
                new KeptItems("Creditnota's (gegevens, PDF)", notes, KeptReason),
            ]);
    }

    private sealed record InvoiceRow(Guid Id, string? Number, string Status, int Year, DateOnly? InvoiceDate, DateOnly? DueDate, string CustomerName,
        string CustomerKbo, DateOnly PeriodStart, DateOnly PeriodEnd, int Inhabitants, string TierName, decimal Amount, decimal PaidAmount,
        decimal CreditedAmount, DateOnly? PaidOn, string? Communication, string? BuyerReference);

    private sealed record CreditNoteRow(Guid Id, Guid InvoiceId, string Number, DateOnly Date, decimal Amount, string Reason);

    private sealed record PaymentRow(Guid Id, Guid InvoiceId, decimal Amount, DateOnly ReceivedOn, string Source, string Reference,
        string? TransactionReference, string? PayerName, string? PayerIban);
}
