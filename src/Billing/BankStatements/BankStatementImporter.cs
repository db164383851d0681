using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Billing.Stripe;
using Billing.Payments;

namespace Billing.BankStatements;

internal sealed record ImportedPayment(Guid InvoiceId, string InvoiceNumber, string CustomerName, decimal Amount, PaymentOutcome Outcome, decimal Overpayment, PaymentLink LinkedBy);

internal sealed record ImportedStatement(BankImport Import, IReadOnlyList<ImportedPayment> Payments, IReadOnlyList<ReviewEntry> Review, IReadOnlyList<SkippedEntry> Skipped);

/// <summary>Another import of the same entries committed first; nothing of this one was kept.</summary>
internal sealed class BankImportConflictException(Exception inner)
    : Exception("Dit uittreksel werd op hetzelfde moment al ingelezen; er werd niets dubbel geboekt. Lees het opnieuw in om te zien wat nog overblijft.", inner);

/// <summary>Reads a camt.053 or CODA file and books it in one transaction: imported references, matched payments on the invoices
/// of every tenant concerned, and the review list. A malformed file is refused before anything is written.</summary>
internal sealed class BankStatementImporter(
    BillingDbContext db, ITenantScopeFactory scopes, StripePayments stripe, TimeProvider clock, ILogger<BankStatementImporter> log)
{
    /// <summary>A day's statement is kilobytes; the upload page and the API refuse anything above this.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const string TooLargeMessage = "Het bestand is te groot (maximaal 10 MB). Er werd niets ingelezen.";

    /// <exception cref="CamtFormatException">The file is refused whole.</exception>
    /// <exception cref="BankImportConflictException">A concurrent import of the same entries won.</exception>
    public async Task<ImportedStatement> ImportAsync(string fileName, Stream content, Guid? importedBy, CancellationToken ct)
    {
        var statements = BankStatementFile.Parse(content, out var format);
        var references = statements.SelectMany(s => s.Entries).Select(e => e.BankReference).Distinct().ToList();
        for (var attempt = 1; ; attempt++)
        {
            ImportedStatement result;
            try
            {
                result = await BookAsync(fileName, format, statements, importedBy, ct);
            }
            catch (DbUpdateException e)
            {
                // Rolled back; nothing of this attempt is kept, also not in this context (a drop-folder run reads more files).
                db.ChangeTracker.Clear();
                // A concurrent import took some entries, or an invoice changed meanwhile: the next attempt reads both afresh
                // (taken entries are then skipped as already imported).
                if (attempt < 3)
                {
                    log.LogInformation("Import of {File} met a concurrent import or change (attempt {Attempt}); reading again", fileName, attempt);
                    continue;
                }
                if (await Batched.AnyAsync(references, batch => db.ImportedBankEntries.AnyAsync(x => batch.Contains(x.BankReference), ct)))
                    throw new BankImportConflictException(e);
                throw;
            }
            await stripe.CloseOpenSessionsAsync(result.Payments.Select(p => p.InvoiceId).Distinct().ToList(), null, ct);
            return result;
        }
    }

    private async Task<ImportedStatement> BookAsync(string fileName, string format, IReadOnlyList<BankStatement> statements, Guid? importedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = FeeService.Today(clock);
        var entries = statements.SelectMany(s => s.Entries).ToList();
        var references = entries.Select(e => e.BankReference).Distinct().ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var imported = (await Batched.QueryAsync(references, batch => db.ImportedBankEntries.AsNoTracking()
            .Where(e => batch.Contains(e.BankReference)).Select(e => e.BankReference).ToListAsync(ct))).ToHashSet(StringComparer.Ordinal);
        var outstanding = await OutstandingInvoices.LoadAsync(AcrossTenants.Invoices(db), today, ct);
        var open = outstanding.Select(o => new OpenInvoice(o.Invoice.Id, o.Invoice.Ogm!.Value, o.State.Outstanding)).ToList();
        var result = PaymentMatcher.Match(statements, open, imported);

        var import = NewImport(fileName, format, statements, entries, result, importedBy, now);
        db.BankImports.Add(import);
        var byReference = entries.GroupBy(e => e.BankReference).ToDictionary(g => g.Key, g => g.First());
        foreach (var reference in result.ImportedReferences)
            db.ImportedBankEntries.Add(new ImportedBankEntry
                { BankReference = reference, ImportId = import.Id, BookingDate = byReference[reference].BookingDate, Amount = byReference[reference].Amount });
        var review = result.Review.Select(r => ToReview(r, import.Id, now)).ToList();
        db.ReviewEntries.AddRange(review);

        // The references' key is taken here: a concurrent import of the same entries fails now, before any payment.
        await db.SaveChangesAsync(ct);
        var booked = await BookPaymentsAsync(result.Payments, outstanding.ToDictionary(o => o.Invoice.Id, o => o.Invoice), import.Id, importedBy, now, today, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Bank import {ImportId} ({Format}): {Entries} entries, {Matched} matched, {Review} to review, {Skipped} skipped",
            import.Id, format, import.Entries, import.Matched, import.ToReview, import.Skipped);
        return new(import, booked, review, result.Skipped);
    }

    private static BankImport NewImport(string fileName, string format, IReadOnlyList<BankStatement> statements, List<BankEntry> entries,
        ReconciledStatement result, Guid? importedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), FileName = Platform.Kernel.Text.TextRule.CleanFileName(fileName) is var f && f != "bestand" ? f : format == "CODA" ? "uittreksel.cod" : "uittreksel.xml",
        StatementIds = Cut(string.Join(", ", statements.Select(s => s.Id).Distinct()), 1000)!, ImportedAt = now, ImportedBy = importedBy,
        Entries = entries.Count, Matched = result.Payments.Count, ToReview = result.Review.Count, Skipped = result.Skipped.Count,
        MatchedTotal = result.Payments.Sum(p => p.Transaction.Amount),
    };

    private static ReviewEntry ToReview(ReviewItem r, Guid importId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), ImportId = importId, BankReference = r.BankReference, TransactionReference = r.Transaction.Reference,
        Amount = r.Transaction.Amount, Currency = r.Transaction.Currency, BookingDate = r.BookingDate,
        PayerName = Cut(r.Transaction.DebtorName, 200), PayerIban = Cut(r.Transaction.DebtorIban, 34),
        StructuredReference = Cut(r.Transaction.StructuredReference, 100), FreeText = Cut(r.Transaction.FreeText, 1000),
        Reason = r.Reason, Explanation = Cut(r.Explanation, 500)!, State = ReviewState.Open,
    };

    /// <summary>Records each matched payment on its invoice, one tenant's invoices at a time, in the import's transaction.</summary>
    private async Task<List<ImportedPayment>> BookPaymentsAsync(IReadOnlyList<MatchedPayment> payments, Dictionary<Guid, Invoice> invoices,
        Guid importId, Guid? importedBy, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var booked = new List<ImportedPayment>();
        foreach (var tenantPayments in payments.GroupBy(p => invoices[p.InvoiceId].TenantId))
        {
            await using var tenant = await TenantWrite.JoinAsync(scopes, db, tenantPayments.Key, ct);
            var ids = tenantPayments.Select(p => p.InvoiceId).Distinct().ToList();
            var tracked = (await Batched.QueryAsync(ids, batch => tenant.Db.Invoices.Where(i => batch.Contains(i.Id)).ToListAsync(ct)))
                .ToDictionary(i => i.Id);
            foreach (var p in tenantPayments)
            {
                var invoice = tracked[p.InvoiceId];
                var linkedBy = p.Method == MatchMethod.StructuredReference ? PaymentLink.StructuredReference : PaymentLink.FreeText;
                var applied = PaymentLedger.Record(tenant.Db, invoice, new Payment
                {
                    Id = Guid.CreateVersion7(now), Amount = p.Transaction.Amount, ReceivedOn = p.BookingDate ?? today,
                    Source = PaymentSource.BankStatement, LinkedBy = linkedBy, Reference = p.BankReference, TransactionReference = p.Transaction.Reference,
                    PayerName = Cut(p.Transaction.DebtorName, 200), PayerIban = Cut(p.Transaction.DebtorIban, 34),
                    ImportId = importId, RecordedAt = now, RecordedBy = importedBy,
                });
                booked.Add(new(invoice.Id, invoice.Number!, invoice.CustomerName, p.Transaction.Amount, applied.Outcome, applied.Overpayment, linkedBy));
            }
            await tenant.Db.SaveChangesAsync(ct);
        }
        return booked;
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
