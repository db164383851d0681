using Billing.Domain;

namespace Billing.Tests.Domain;

public class InvoiceDueDateTests
{
    [Theory]
    [InlineData("2023-05-22", "2023-06-21")]
    [InlineData("2023-01-31", "2023-03-02")]
    [InlineData("2024-01-31", "2024-03-01")] // leap year
    [InlineData("2024-02-01", "2024-03-02")]
    [InlineData("2026-12-15", "2027-01-14")]
    public void Payment_term_is_thirty_days(string invoiceDate, string dueDate)
    {
        Assert.Equal(DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture),
            InvoiceDueDate.For(DateOnly.Parse(invoiceDate, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
