using Billing.Invoices;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;

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

    private static Payment Of(decimal amount) => new() { Id = Guid.NewGuid(), Amount = amount, ReceivedOn = Day, Reference = "BNK-1" };

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
        PaymentLedger.Record(_db, invoice, Of(1000m));
        Assert.Equal(Day, invoice.PaidOn);
        var reversal = Of(400m);

        var applied = PaymentLedger.Reverse(_db, invoice, reversal);

        Assert.Equal((PaymentOutcome.Reversed, 400m), (applied.Outcome, applied.OutstandingAfter));
        Assert.Equal(-400m, reversal.Amount);
        Assert.Equal(600m, invoice.PaidAmount);
        Assert.Null(invoice.PaidOn);
    }

    [Fact]
    public void Reversing_an_overpayment_keeps_the_invoice_paid()
    {
        var invoice = Issued();
        PaymentLedger.Record(_db, invoice, Of(1200m));

        PaymentLedger.Reverse(_db, invoice, Of(200m));

        Assert.Equal(1000m, invoice.PaidAmount);
        Assert.Equal(Day, invoice.PaidOn);
    }

    [Fact]
    public void Never_more_is_reversed_than_was_received()
    {
        var invoice = Issued();
        PaymentLedger.Record(_db, invoice, Of(300m));
        Assert.Throws<InvalidOperationException>(() => PaymentLedger.Reverse(_db, invoice, Of(300.01m)));
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
