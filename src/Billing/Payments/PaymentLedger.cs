using Billing.Persistence;
using Billing.BankStatements;

namespace Billing.Payments;

/// <summary>Books a payment on its invoice: the one place where paid amount, paid date and overpayment change.</summary>
internal static class PaymentLedger
{
    /// <param name="tenantDb">A context of the invoice's tenant, tracking <paramref name="invoice"/>.</param>
    public static AppliedPayment Record(BillingDbContext tenantDb, Invoice invoice, Payment payment)
    {
        if (invoice.Status != InvoiceStatus.Issued)
            throw new InvalidOperationException($"Invoice {invoice.Id} is not issued.");
        var owed = invoice.Amount - invoice.CreditedAmount - invoice.PaidAmount;
        var applied = PaymentApplication.Apply(Math.Max(0m, owed), payment.Amount);
        payment.InvoiceId = invoice.Id;
        payment.Overpayment = applied.Overpayment;
        invoice.PaidAmount += payment.Amount;
        if (applied.OutstandingAfter == 0m && invoice.PaidOn is null)
            invoice.PaidOn = payment.ReceivedOn;
        invoice.Version++;
        tenantDb.Payments.Add(payment);
        return applied;
    }

    /// <summary>The bank took back <paramref name="reversal"/>'s amount (given positive): recorded as a negative payment; the
    /// invoice is open again for it. Never more than was received on the invoice. <paramref name="earlier"/> are the invoice's
    /// payments so far: the paid date becomes the day the remaining payments covered the invoice, if they still do.</summary>
    public static AppliedPayment Reverse(BillingDbContext tenantDb, Invoice invoice, Payment reversal, IReadOnlyList<Payment> earlier)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reversal.Amount);
        if (reversal.Amount > invoice.PaidAmount)
            throw new InvalidOperationException($"Invoice {invoice.Id} received {invoice.PaidAmount}, less than the reversal of {reversal.Amount}.");
        reversal.InvoiceId = invoice.Id;
        reversal.Amount = -reversal.Amount;
        reversal.Overpayment = 0m;
        invoice.PaidAmount += reversal.Amount;
        var owed = invoice.Amount - invoice.CreditedAmount;
        invoice.PaidOn = CoveredSince([.. earlier, reversal], owed);
        invoice.Version++;
        tenantDb.Payments.Add(reversal);
        return new(PaymentOutcome.Reversed, Math.Max(0m, owed - invoice.PaidAmount), 0m);
    }

    /// <summary>The day the payments, in the order they were received, last brought the total up to what is owed; null when they
    /// do not cover it now.</summary>
    public static DateOnly? CoveredSince(IEnumerable<Payment> payments, decimal owed)
    {
        DateOnly? since = null;
        var total = 0m;
        foreach (var p in payments.OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt))
        {
            total += p.Amount;
            if (total < owed) since = null;
            else since ??= p.ReceivedOn;
        }
        return total > 0m ? since : null; // nothing kept (e.g. a credited invoice whose payment was reversed) is not "paid"
    }
}
