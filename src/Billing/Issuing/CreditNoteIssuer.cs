using Billing.Domain;
using Billing.Numbering;
using Billing.Pdf;
using Billing.Persistence;
using Billing.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;

namespace Billing.Issuing;

/// <summary>Issues a full or partial credit note on an issued invoice. The credited total is checked inside the
/// numbering transaction (and the invoice's version token), so racing credit notes can never exceed the invoice.</summary>
internal sealed class CreditNoteIssuer(BillingDbContext db, ITenantScopeFactory scopes, InvoicePdfRenderer renderer, BillingLinks links, TimeProvider clock,
    IServiceProvider services)
{
    public async Task<Outcome<IssuedDocument>> IssueAsync(Guid invoiceId, decimal? amount, string? reason, Guid? issuedBy, CancellationToken ct)
    {
        var found = await AcrossTenants.Invoices(db).AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (found is null) return Outcome<IssuedDocument>.Missing();
        if (found.Status != InvoiceStatus.Issued)
            return Outcome<IssuedDocument>.Conflicting("Alleen een uitgegeven factuur kan met een creditnota worden gecorrigeerd.");

        var now = clock.GetUtcNow();
        var today = FeeService.Today(clock);
        await using var scope = await scopes.BeginAsync(found.TenantId, ct);
        var tenantDb = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        await using var transaction = await tenantDb.Database.BeginTransactionAsync(ct);
        var number = await NumberSeries.NextAsync(tenantDb, InvoiceKind.CreditNote, today.Year, ct);
        var invoice = await tenantDb.Invoices.FirstAsync(i => i.Id == invoiceId, ct);
        // Sum in memory: SQLite stores decimals as text.
        var credited = (await tenantDb.CreditNotes.Where(c => c.InvoiceId == invoiceId).Select(c => c.Amount).ToListAsync(ct)).Sum();
        var requested = amount ?? CreditNoteRules.Creditable(invoice.Amount, credited);
        var violations = CreditNoteRules.Validate(invoice.Amount, credited, requested, reason);
        if (violations.Count > 0)
            return Outcome<IssuedDocument>.Invalid(violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()));

        var note = new CreditNote
        {
            Id = Guid.CreateVersion7(now), InvoiceId = invoice.Id, NumberYear = number.Year, Sequence = number.Sequence,
            Number = number.ToString(), Date = today, Amount = requested, Reason = reason!.Trim(), IssuedAt = now, IssuedBy = issuedBy,
        };
        invoice.CreditedAmount = credited + requested;
        invoice.Version++;
        tenantDb.CreditNotes.Add(note);
        tenantDb.IssuedNumbers.Add(new IssuedNumber
        {
            Kind = InvoiceKind.CreditNote, Year = number.Year, Sequence = number.Sequence, Number = note.Number,
            DocumentId = note.Id, TenantId = invoice.TenantId, IssuedAt = now,
        });
        tenantDb.Pdfs.Add(new StoredPdf
        {
            Id = note.Id, FileName = Documents.FileName(note.Number), Content = renderer.RenderToArray(Documents.ForCreditNote(note, invoice, links.BillingContact)),
        });
        tenantDb.InvoiceMails.Add(InvoiceMailQueue.First(invoice.TenantId, invoice.Id, note.Id, InvoiceKind.CreditNote, note.Number, now, issuedBy));
        try
        {
            await tenantDb.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<IssuedDocument>.Conflicting("De factuur werd intussen gewijzigd; probeer opnieuw.");
        }
        InvoiceMailer.Kick(services);
        return Outcome<IssuedDocument>.Success(new IssuedDocument(note.Id, note.Number));
    }
}
