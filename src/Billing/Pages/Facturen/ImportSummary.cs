using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Billing.BankStatements;

namespace Billing.Pages.Facturen;

internal sealed record ImportedLine(Guid InvoiceId, string Number, string Customer, decimal Amount, PaymentOutcome Outcome,
    decimal OutstandingAfter, decimal Overpayment, PaymentLink LinkedBy);

/// <summary>What one bank import did, read back from the stored payments so the result survives a reload.</summary>
internal sealed record ImportSummary(BankImport Import, IReadOnlyList<ImportedLine> Lines, int StillOpen)
{
    public static async Task<ImportSummary?> LoadAsync(BillingDbContext db, Guid importId, CancellationToken ct)
    {
        var import = await db.BankImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, ct);
        if (import is null) return null;
        var payments = AcrossTenants.Payments(db).AsNoTracking();
        // Hand matches of this import's review entries carry its id too, but are not what the upload booked.
        var ofImport = await payments.Where(p => p.ImportId == importId && p.LinkedBy != PaymentLink.ByHand).ToListAsync(ct);
        var invoiceIds = ofImport.Select(p => p.InvoiceId).Distinct().ToList();
        var invoices = await AcrossTenants.Invoices(db).AsNoTracking().Where(i => invoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var history = (await payments.Where(p => invoiceIds.Contains(p.InvoiceId)).ToListAsync(ct))
            .GroupBy(p => p.InvoiceId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.RecordedAt).ThenBy(p => p.Id).ToList());
        var lines = new List<ImportedLine>();
        foreach (var p in ofImport.OrderBy(p => p.RecordedAt).ThenBy(p => p.Id))
        {
            var invoice = invoices[p.InvoiceId];
            // The outcome as it was when the payment was booked: what was owed minus the payments recorded before it.
            var before = history[p.InvoiceId].TakeWhile(h => h.Id != p.Id).Sum(h => h.Amount);
            var applied = PaymentApplication.Apply(Math.Max(0m, invoice.Amount - invoice.CreditedAmount - before), p.Amount);
            // The overpayment is the one stored at booking; credit notes issued since then do not rewrite history.
            var outcome = p.Overpayment > 0m ? PaymentOutcome.Overpaid : applied.Outcome;
            lines.Add(new(invoice.Id, invoice.Number ?? "–", invoice.CustomerName, p.Amount, outcome, applied.OutstandingAfter,
                p.Overpayment, p.LinkedBy));
        }
        var stillOpen = await db.ReviewEntries.CountAsync(r => r.ImportId == importId && r.State == ReviewState.Open, ct);
        return new(import, lines, stillOpen);
    }
}
