using Billing.Invoices;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Billing.BankStatements;

namespace Billing.Tests.Payments;

/// <summary>The one place where a payment changes an invoice's paid amount and paid date.</summary>
public sealed class PaymentLedgerTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private readonly SqliteBillingDbContext _db = new(
        new DbContextOptionsBuilder<SqliteBillingDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext());

    public void Dispose() => _db.Dispose();

    private static Invoice Issued(decimal amount = 1000m, decimal credited = 0m) => new()
    {
        Id = Guid.NewGuid(), Status = InvoiceStatus.Issued, Amount = amount, CreditedAmount = credited,
        CustomerName = "Stad Gent", CustomerKbo = "0207.451.227", CustomerStreet = "Botermarkt 1", CustomerPostalCode = "9000",
        CustomerCity = "Gent", TierName = "Tier 3", Explanation = "",
    };

    private static Payment Of(decimal amount, DateOnly? on = null) =>
        new() { Id = Guid.NewGuid(), Amount = amount, ReceivedOn = on ?? Day, Reference = "BNK-1", RecordedAt = DateTimeOffset.UnixEpoch.AddDays((on ?? Day).DayNumber) };

    [Theory]
    [InlineData(1000, 0, 0, 400, "PartiallyPaid", 0, 600, null)]
    [InlineData(1000, 0, 600, 400, "Paid", 0, 0, "2026-11-20")]
    [InlineData(1000, 0, 0, 1500, "Overpaid", 500, 0, "2026-11-20")]
    [InlineData(1000, 0, 1000, 10, "Overpaid", 10, 0, "2026-11-20")]
    [InlineData(1000, 250, 0, 750, "Paid", 0, 0, "2026-11-20")]
    public void A_payment_accumulates_and_marks_paid_when_covered(
        decimal amount, decimal credited, decimal alreadyPaid, decimal paying, string outcome, decimal overpayment, decimal outstanding, string? paidOn)
    {
        var invoice = Issued(amount, credited);
        invoice.PaidAmount = alreadyPaid;
        var payment = Of(paying);

        var applied = PaymentLedger.Record(_db, invoice, payment);

        Assert.Equal((Enum.Parse<PaymentOutcome>(outcome), overpayment, outstanding), (applied.Outcome, applied.Overpayment, applied.OutstandingAfter));
        Assert.Equal(alreadyPaid + paying, invoice.PaidAmount);
        Assert.Equal(overpayment, payment.Overpayment);
        Assert.Equal(paidOn is null ? null : DateOnly.Parse(paidOn), invoice.PaidOn);
        Assert.Equal(invoice.Id, payment.InvoiceId);
    }

    [Fact]
    public void A_reversal_is_a_negative_payment_that_opens_the_invoice_again()
    {
        var invoice = Issued();
        var paid = Of(1000m);
        PaymentLedger.Record(_db, invoice, paid);
        Assert.Equal(Day, invoice.PaidOn);
        var reversal = Of(400m, Day.AddDays(3));

        var applied = PaymentLedger.Reverse(_db, invoice, reversal, [paid]);

        Assert.Equal((PaymentOutcome.Reversed, 400m), (applied.Outcome, applied.OutstandingAfter));
        Assert.Equal(-400m, reversal.Amount);
        Assert.Equal(600m, invoice.PaidAmount);
        Assert.Null(invoice.PaidOn);
    }

    [Fact]
    public void Reversing_an_overpayment_keeps_the_invoice_paid()
    {
        var invoice = Issued();
        var paid = Of(1200m);
        PaymentLedger.Record(_db, invoice, paid);

        PaymentLedger.Reverse(_db, invoice, Of(200m, Day.AddDays(2)), [paid]);

        Assert.Equal(1000m, invoice.PaidAmount);
        Assert.Equal(Day, invoice.PaidOn);
    }

    [Fact]
    public void After_a_reversal_the_paid_date_is_the_last_day_the_total_received_reached_what_is_owed()
    {
        var invoice = Issued();
        var first = Of(1000m, Day);
        var second = Of(1000m, Day.AddDays(5));
        PaymentLedger.Record(_db, invoice, first);
        PaymentLedger.Record(_db, invoice, second);
        Assert.Equal(Day, invoice.PaidOn);

        // One transfer is recalled: the total never fell below what is owed, so the invoice stays paid since the first day.
        PaymentLedger.Reverse(_db, invoice, Of(1000m, Day.AddDays(7)), [first, second]);
        Assert.Equal((1000m, Day), (invoice.PaidAmount, invoice.PaidOn));

        // A second recall leaves nothing: open again; a new transfer pays it on its own day.
        PaymentLedger.Reverse(_db, invoice, Of(1000m, Day.AddDays(8)), [first, second, Of(-1000m, Day.AddDays(7))]);
        Assert.Equal((0m, (DateOnly?)null), (invoice.PaidAmount, invoice.PaidOn));
    }

    [Theory]
    [InlineData(1000, new[] { 400, 600 }, "2026-11-21")]
    [InlineData(1000, new[] { 400, 500 }, null)]
    [InlineData(1000, new[] { 1000, -1000, 1000 }, "2026-11-22")]
    [InlineData(0, new[] { 500, -500 }, null)]
    [InlineData(0, new[] { 500 }, "2026-11-20")]
    public void Covered_since_is_the_last_day_the_total_reached_what_is_owed(int owed, int[] amounts, string? expected)
    {
        var payments = amounts.Select((a, i) => Of(a, Day.AddDays(i))).ToList();
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), PaymentLedger.CoveredSince(payments, owed));
    }

    [Fact]
    public void Never_more_is_reversed_than_was_received()
    {
        var invoice = Issued();
        PaymentLedger.Record(_db, invoice, Of(300m));
        Assert.Throws<InvalidOperationException>(() => PaymentLedger.Reverse(_db, invoice, Of(300.01m), []));
        Assert.Equal(300m, invoice.PaidAmount);
    }

    [Fact]
    public void Only_an_issued_invoice_takes_payments()
    {
        var draft = Issued();
        draft.Status = InvoiceStatus.Draft;
        Assert.Throws<InvalidOperationException>(() => PaymentLedger.Record(_db, draft, Of(10m)));
    }
}
