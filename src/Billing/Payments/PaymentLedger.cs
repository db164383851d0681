using Billing.Invoices;
using Billing.Persistence;

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
}
