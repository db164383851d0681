using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Billing.BankStatements;
using Billing.Stripe;

namespace Billing.Payments;

/// <summary>Finance resolves the review list: an entry is matched by hand to an issued invoice (a payment, flagged when it
/// overpays) or dismissed with a reason. Either is final and recorded with who and when.</summary>
internal sealed class PaymentReview(BillingDbContext db, ITenantScopeFactory scopes, StripePayments stripe, TimeProvider clock)
{
    public const int MinReasonLength = 5;
    public const int MaxNoteLength = 1000;

    /// <param name="invoice">The invoice number (<c>2027-000012</c>) or its structured communication, in any usual notation.</param>
    public async Task<Outcome<ImportedPayment>> MatchAsync(Guid entryId, string? invoice, string? note, Guid? userId, CancellationToken ct)
    {
        var entry = await db.ReviewEntries.FirstOrDefaultAsync(r => r.Id == entryId, ct);
        if (entry is null) return Outcome<ImportedPayment>.Missing();
        if (entry.State != ReviewState.Open) return Outcome<ImportedPayment>.Conflicting(AlreadyResolved(entry));
        if (!entry.CanBeMatched)
            return Outcome<ImportedPayment>.Invalid("invoice", "Deze boeking kan niet aan een factuur gekoppeld worden (vreemde munt of geen bedrag); wijs ze af met een reden.");
        if (string.IsNullOrWhiteSpace(invoice))
            return Outcome<ImportedPayment>.Invalid("invoice", "Vul het factuurnummer of de gestructureerde mededeling in.");
        if (Trimmed(note) is { Length: > MaxNoteLength })
            return Outcome<ImportedPayment>.Invalid("note", $"De opmerking is te lang (maximaal {MaxNoteLength} tekens).");
        var target = await FindInvoiceAsync(invoice.Trim(), ct);
        if (target is null)
            return Outcome<ImportedPayment>.Invalid("invoice", $"Geen uitgegeven factuur met nummer of mededeling '{invoice.Trim()}'.");
        if (target.Status != InvoiceStatus.Issued)
            return Outcome<ImportedPayment>.Invalid("invoice", $"Factuur {target.Number} is niet uitgegeven.");
        if (entry.IsReversal && entry.Amount > target.PaidAmount)
            return Outcome<ImportedPayment>.Invalid("invoice",
                $"Op factuur {target.Number} werd {Platform.Kernel.Formatting.Dutch.Money(target.PaidAmount)} ontvangen; een terugboeking van {Platform.Kernel.Formatting.Dutch.Money(entry.Amount)} kan daar niet op.");

        var now = clock.GetUtcNow();
        ImportedPayment done;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await using var tenant = await TenantWrite.JoinAsync(scopes, db, target.TenantId, ct);
                var tracked = await tenant.Db.Invoices.FirstAsync(i => i.Id == target.Id, ct);
                var payment = new Payment
                {
                    Id = Guid.CreateVersion7(now), Amount = entry.Amount, ReceivedOn = entry.BookingDate ?? FeeService.Today(clock),
                    Source = PaymentSource.BankStatement, LinkedBy = PaymentLink.ByHand, Reference = entry.BankReference,
                    TransactionReference = entry.TransactionReference, PayerName = entry.PayerName, PayerIban = entry.PayerIban,
                    ImportId = entry.ImportId, ReviewEntryId = entry.Id, RecordedAt = now, RecordedBy = userId,
                };
                var applied = entry.IsReversal
                    ? PaymentLedger.Reverse(tenant.Db, tracked, payment, await tenant.Db.Payments.Where(p => p.InvoiceId == tracked.Id).ToListAsync(ct))
                    : PaymentLedger.Record(tenant.Db, tracked, payment);
                await tenant.Db.SaveChangesAsync(ct);
                Resolve(entry, ReviewState.Matched, Trimmed(note), userId, now);
                entry.InvoiceId = tracked.Id;
                entry.PaymentId = payment.Id;
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                done = new(tracked.Id, tracked.Number!, tracked.CustomerName, payment.Amount, applied.Outcome, applied.Overpayment, PaymentLink.ByHand);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                // Another hand match or reversal on the same entry or invoice committed first (the ledger re-checks the amounts).
                return Outcome<ImportedPayment>.Conflicting("Deze boeking of factuur werd intussen door iemand anders verwerkt; herlaad de lijst.");
            }
        }
        await stripe.CloseOpenSessionsAsync([target.Id], null, ct);
        return Outcome<ImportedPayment>.Success(done);
    }

    public async Task<Outcome<Done>> DismissAsync(Guid entryId, string? reason, Guid? userId, CancellationToken ct)
    {
        var entry = await db.ReviewEntries.FirstOrDefaultAsync(r => r.Id == entryId, ct);
        if (entry is null) return Outcome<Done>.Missing();
        if (entry.State != ReviewState.Open) return Outcome<Done>.Conflicting(AlreadyResolved(entry));
        if (Trimmed(reason) is not { Length: >= MinReasonLength } why)
            return Outcome<Done>.Invalid("reason", $"Geef een reden op (minstens {MinReasonLength} tekens), bv. 'terugbetaald aan de opdrachtgever'.");
        if (why.Length > MaxNoteLength) return Outcome<Done>.Invalid("reason", $"De reden is te lang (maximaal {MaxNoteLength} tekens).");
        Resolve(entry, ReviewState.Dismissed, why, userId, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Done>.Conflicting("Deze boeking werd intussen door iemand anders verwerkt; herlaad de lijst.");
        }
        return Outcome<Done>.Success(Done.Value);
    }

    /// <summary>By number, else by structured communication (unique across tenants: both come from the same register).</summary>
    private async Task<Invoice?> FindInvoiceAsync(string text, CancellationToken ct)
    {
        var invoices = AcrossTenants.Invoices(db).AsNoTracking();
        if (InvoiceNumber.TryParse(text, out var number))
        {
            var formatted = number.ToString();
            return await invoices.FirstOrDefaultAsync(i => i.Number == formatted, ct);
        }
        var digits = OgmFinder.Digits(text);
        if (digits is not null && StructuredCommunication.TryParse(digits, out var ogm))
            return await invoices.FirstOrDefaultAsync(i => i.Communication == ogm.Plain, ct);
        return null;
    }

    private static void Resolve(ReviewEntry entry, ReviewState state, string? note, Guid? userId, DateTimeOffset now)
    {
        entry.State = state;
        entry.ResolutionNote = note;
        entry.ResolvedAt = now;
        entry.ResolvedBy = userId;
        entry.Version++;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string AlreadyResolved(ReviewEntry entry) => entry.State == ReviewState.Matched
        ? "Deze boeking werd al aan een factuur gekoppeld."
        : "Deze boeking werd al afgewezen.";
}
