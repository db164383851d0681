namespace Billing.Invoices;

/// <summary>How far an invoice's amount is settled by payments and credit notes: the part of its status that does not
/// depend on today. Stored on the invoice (kept by <see cref="Invoice.Settlement"/>) so lists filter, sort and count on it
/// in SQL; only "overdue" is left to derive (due date before today).</summary>
internal enum Settlement
{
    /// <summary>Nothing received yet, something still owed.</summary>
    Open,
    /// <summary>Something received, something still owed.</summary>
    PartiallyPaid,
    /// <summary>Payments cover what is owed after credit notes (or more: overpaid).</summary>
    Paid,
    /// <summary>Credit notes cover the whole amount.</summary>
    Credited,
}

internal static class Settlements
{
    /// <summary>The one rule (also behind <c>PaymentFollowUp.Status</c>): credited first, then paid, then partially paid.</summary>
    public static Settlement Of(decimal amount, decimal paid, decimal credited)
    {
        var owed = amount - credited;
        if (owed <= 0m) return Settlement.Credited;
        if (owed - paid <= 0m) return Settlement.Paid;
        return paid > 0m ? Settlement.PartiallyPaid : Settlement.Open;
    }
}
