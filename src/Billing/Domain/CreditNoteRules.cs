using Platform.Kernel.Formatting;

namespace Billing.Domain;

internal sealed record RuleViolation(string Field, string Message);

/// <summary>A credit note corrects an issued invoice; together they can never credit more than was invoiced.</summary>
internal static class CreditNoteRules
{
    public static decimal Creditable(decimal invoiceAmount, decimal alreadyCredited) => Math.Max(0m, invoiceAmount - alreadyCredited);

    /// <returns>Dutch messages per field; empty when the credit note may be issued.</returns>
    public static IReadOnlyList<RuleViolation> Validate(decimal invoiceAmount, decimal alreadyCredited, decimal amount, string? reason)
    {
        var violations = new List<RuleViolation>();
        if (amount <= 0m)
            violations.Add(new("amount", "Het bedrag van de creditnota moet groter zijn dan € 0,00."));
        else if (decimal.Round(amount, 2) != amount)
            violations.Add(new("amount", "Het bedrag mag hoogstens twee cijfers na de komma hebben."));
        else if (alreadyCredited + amount > invoiceAmount)
            violations.Add(new("amount",
                $"Het totaal gecrediteerde bedrag ({Dutch.Money(alreadyCredited + amount)}) mag het factuurbedrag ({Dutch.Money(invoiceAmount)}) niet overschrijden. " +
                $"Nog te crediteren: {Dutch.Money(Creditable(invoiceAmount, alreadyCredited))}."));
        if (string.IsNullOrWhiteSpace(reason))
            violations.Add(new("reason", "Geef een reden voor de creditnota op."));
        return violations;
    }
}
