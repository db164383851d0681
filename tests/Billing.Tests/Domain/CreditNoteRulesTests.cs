using System.Globalization;
using Billing.Domain;

namespace Billing.Tests.Domain;

public class CreditNoteRulesTests
{
    private const string Reason = "Inwonersaantal verbeterd";

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("4666.67", "0", "4666.67")]
    [InlineData("4666.67", "0", "0.01")]
    [InlineData("4666.67", "1000", "3666.67")]
    [InlineData("4666.67", "4666.66", "0.01")]
    public void Credit_up_to_the_invoice_amount_is_allowed(string invoice, string credited, string amount)
    {
        Assert.Empty(CreditNoteRules.Validate(D(invoice), D(credited), D(amount), Reason));
    }

    [Theory]
    [InlineData("4666.67", "0", "4666.68", "Het totaal gecrediteerde bedrag (€ 4.666,68) mag het factuurbedrag (€ 4.666,67) niet overschrijden. Nog te crediteren: € 4.666,67.")]
    [InlineData("4666.67", "1000", "3666.68", "Het totaal gecrediteerde bedrag (€ 4.666,68) mag het factuurbedrag (€ 4.666,67) niet overschrijden. Nog te crediteren: € 3.666,67.")]
    [InlineData("4666.67", "4666.67", "0.01", "Het totaal gecrediteerde bedrag (€ 4.666,68) mag het factuurbedrag (€ 4.666,67) niet overschrijden. Nog te crediteren: € 0,00.")]
    [InlineData("4666.67", "0", "0", "Het bedrag van de creditnota moet groter zijn dan € 0,00.")]
    [InlineData("4666.67", "0", "-5", "Het bedrag van de creditnota moet groter zijn dan € 0,00.")]
    [InlineData("4666.67", "0", "0.001", "Het bedrag mag hoogstens twee cijfers na de komma hebben.")]
    public void Amount_must_be_positive_and_within_what_is_left(string invoice, string credited, string amount, string message)
    {
        var violation = Assert.Single(CreditNoteRules.Validate(D(invoice), D(credited), D(amount), Reason));

        Assert.Equal("amount", violation.Field);
        Assert.Equal(message, violation.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reason_is_required(string? reason)
    {
        var violation = Assert.Single(CreditNoteRules.Validate(100m, 0m, 10m, reason));

        Assert.Equal(new RuleViolation("reason", "Geef een reden voor de creditnota op."), violation);
    }

    [Fact]
    public void Reports_every_violation_at_once()
    {
        Assert.Equal(["amount", "reason"], CreditNoteRules.Validate(100m, 0m, 0m, null).Select(v => v.Field));
    }

    [Theory]
    [InlineData("4666.67", "0", "4666.67")]
    [InlineData("4666.67", "1000", "3666.67")]
    [InlineData("4666.67", "4666.67", "0")]
    public void Creditable_is_what_is_left(string invoice, string credited, string left)
    {
        Assert.Equal(D(left), CreditNoteRules.Creditable(D(invoice), D(credited)));
    }
}
