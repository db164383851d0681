namespace Billing.Payments;

internal enum PaymentStatus
{
    Issued,
    PartiallyPaid,
    Paid,
    /// <summary>Still (partly) open after the due date; <see cref="PaymentState.PartiallyPaid"/> tells whether something came in.</summary>
    Overdue,
    /// <summary>Credit notes cover the whole amount.</summary>
    Credited,
}

/// <param name="Overpaid">Received beyond what is owed (after credit notes): finance refunds or settles it.</param>
internal sealed record PaymentState(PaymentStatus Status, decimal Outstanding, decimal Overpaid, int DaysOverdue, bool PartiallyPaid);

/// <summary>Where an issued invoice stands, derived from its amounts and dates only, so it is always re-derivable.</summary>
internal static class PaymentFollowUp
{
    /// <param name="amount">Invoice amount.</param>
    /// <param name="paid">Sum of matched payments.</param>
    /// <param name="credited">Sum of credit notes citing the invoice.</param>
    public static PaymentState Status(decimal amount, decimal paid, decimal credited, DateOnly dueDate, DateOnly today)
    {
        var outstanding = amount - credited - paid;
        var settlement = Invoices.Settlements.Of(amount, paid, credited);
        if (settlement == Invoices.Settlement.Credited)
            return new(PaymentStatus.Credited, 0m, Math.Max(0m, paid), 0, false);
        if (settlement == Invoices.Settlement.Paid)
            return new(PaymentStatus.Paid, 0m, Math.Max(0m, -outstanding), 0, false);
        var partial = settlement == Invoices.Settlement.PartiallyPaid;
        var daysOverdue = today.DayNumber - dueDate.DayNumber;
        if (daysOverdue > 0)
            return new(PaymentStatus.Overdue, outstanding, 0m, daysOverdue, partial);
        return new(partial ? PaymentStatus.PartiallyPaid : PaymentStatus.Issued, outstanding, 0m, 0, partial);
    }
}
