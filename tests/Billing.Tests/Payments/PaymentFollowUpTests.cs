using Billing.Payments;

namespace Billing.Tests.Payments;

public sealed class PaymentFollowUpTests
{
    private static readonly DateOnly Due = new(2026, 2, 1);

    [Theory]
    // amount, paid, credited, today → status, outstanding, overpaid, days overdue, partially paid
    [InlineData("4666.67", "0", "0", "2026-01-02", nameof(PaymentStatus.Issued), "4666.67", "0", 0, false)]
    [InlineData("4666.67", "0", "0", "2026-02-01", nameof(PaymentStatus.Issued), "4666.67", "0", 0, false)]
    [InlineData("4666.67", "1000", "0", "2026-01-20", nameof(PaymentStatus.PartiallyPaid), "3666.67", "0", 0, true)]
    [InlineData("4666.67", "4666.67", "0", "2026-03-01", nameof(PaymentStatus.Paid), "0", "0", 0, false)]
    [InlineData("4666.67", "4700", "0", "2026-01-20", nameof(PaymentStatus.Paid), "0", "33.33", 0, false)]
    [InlineData("4666.67", "0", "0", "2026-02-02", nameof(PaymentStatus.Overdue), "4666.67", "0", 1, false)]
    [InlineData("4666.67", "1000", "0", "2026-03-03", nameof(PaymentStatus.Overdue), "3666.67", "0", 30, true)]
    [InlineData("4666.67", "0", "1250.50", "2026-03-03", nameof(PaymentStatus.Overdue), "3416.17", "0", 30, false)]
    [InlineData("4666.67", "3416.17", "1250.50", "2026-03-03", nameof(PaymentStatus.Paid), "0", "0", 0, false)]
    [InlineData("4666.67", "0", "4666.67", "2026-03-03", nameof(PaymentStatus.Credited), "0", "0", 0, false)]
    [InlineData("4666.67", "4666.67", "4666.67", "2026-03-03", nameof(PaymentStatus.Credited), "0", "4666.67", 0, false)]
    public void Status_follows_payments_credits_and_the_due_date(
        string amount, string paid, string credited, string today, string status, string outstanding, string overpaid, int daysOverdue, bool partial)
    {
        var state = PaymentFollowUp.Status(D(amount), D(paid), D(credited), Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new PaymentState(Enum.Parse<PaymentStatus>(status), D(outstanding), D(overpaid), daysOverdue, partial), state);
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
