using Billing.BankStatements;

namespace Billing.Payments;

internal sealed record AppliedPayment(PaymentOutcome Outcome, decimal OutstandingAfter, decimal Overpayment);

/// <summary>What one payment does to an invoice's outstanding amount; shared by bank reconciliation and Stripe.</summary>
internal static class PaymentApplication
{
    public static AppliedPayment Apply(decimal outstanding, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        var remaining = outstanding - amount;
        var outcome = remaining == 0m ? PaymentOutcome.Paid : remaining > 0m ? PaymentOutcome.PartiallyPaid : PaymentOutcome.Overpaid;
        return new(outcome, Math.Max(0m, remaining), Math.Max(0m, -remaining));
    }
}
