using Microsoft.EntityFrameworkCore;

namespace Billing.Payments;

internal sealed record OutstandingInvoice(Invoice Invoice, PaymentState State)
{
    public AgeingItem AgeingItem => new(Invoice.Id, Invoice.DueDate!.Value, State.Outstanding);
}

/// <summary>Issued invoices with something still to pay, and where each stands today: what reconciliation matches against,
/// what reminders and ageing are about, and what finance can match a review entry to.</summary>
internal static class OutstandingInvoices
{
    /// <param name="source">The invoices the caller may see (finance: all tenants).</param>
    public static async Task<List<OutstandingInvoice>> LoadAsync(IQueryable<Invoice> source, DateOnly today, CancellationToken ct) =>
        // Paid ones are left out in SQL; the amounts are compared in memory (SQLite stores decimals as text).
        [.. (await source.AsNoTracking().Where(i => i.Status == InvoiceStatus.Issued && i.PaidOn == null).ToListAsync(ct))
            .Select(i => new OutstandingInvoice(i, i.PaymentOn(today)))
            .Where(o => o.State.Outstanding > 0m)];
}
