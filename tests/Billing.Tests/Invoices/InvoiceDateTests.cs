using Billing.Invoices;
using Microsoft.Extensions.Time.Testing;

namespace Billing.Tests.Invoices;

public class InvoiceDateTests
{
    [Theory]
    [InlineData("2026-12-31T22:59:59Z", "2026-12-31")]   // 23:59:59 in Brussels (CET)
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")]   // midnight in Brussels: next year's series
    [InlineData("2027-06-30T22:30:00Z", "2027-07-01")]   // CEST
    [InlineData("2027-06-30T21:59:00Z", "2027-06-30")]
    public void The_invoice_date_is_the_issue_day_in_Brussels(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeeService.Today(clock));
    }
}
