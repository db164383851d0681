using Billing.Payments;

namespace Billing.Tests.Payments;

public sealed class AgeingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(-5, nameof(AgeingBucket.NotDue))]
    [InlineData(0, nameof(AgeingBucket.NotDue))]
    [InlineData(1, nameof(AgeingBucket.Days0To30))]
    [InlineData(30, nameof(AgeingBucket.Days0To30))]
    [InlineData(31, nameof(AgeingBucket.Days31To60))]
    [InlineData(60, nameof(AgeingBucket.Days31To60))]
    [InlineData(61, nameof(AgeingBucket.Days61To90))]
    [InlineData(90, nameof(AgeingBucket.Days61To90))]
    [InlineData(91, nameof(AgeingBucket.Over90))]
    [InlineData(400, nameof(AgeingBucket.Over90))]
    public void Days_past_due_fall_in_their_bucket(int daysOverdue, string bucket) =>
        Assert.Equal(Enum.Parse<AgeingBucket>(bucket), Ageing.BucketOf(Today.AddDays(-daysOverdue), Today));

    [Fact]
    public void Report_totals_per_bucket_and_overall_ignoring_settled_invoices()
    {
        AgeingItem Item(int daysOverdue, decimal outstanding) => new(Guid.NewGuid(), Today.AddDays(-daysOverdue), outstanding);
        var report = Ageing.Report(
            [Item(-10, 3500m), Item(5, 4666.67m), Item(30, 583.33m), Item(45, 10000m), Item(75, 2916.67m), Item(120, 5000m), Item(200, 1250.50m), Item(50, 0m)],
            Today);
        Assert.Equal(
            [
                (AgeingBucket.NotDue, "Nog niet vervallen", 1, 3500m),
                (AgeingBucket.Days0To30, "0–30 dagen", 2, 5250.00m),
                (AgeingBucket.Days31To60, "31–60 dagen", 1, 10000m),
                (AgeingBucket.Days61To90, "61–90 dagen", 1, 2916.67m),
                (AgeingBucket.Over90, "Meer dan 90 dagen", 2, 6250.50m),
            ],
            report.Lines.Select(l => (l.Bucket, l.Label, l.Count, l.Total)));
        Assert.Equal(24417.17m, report.OverdueTotal);
        Assert.Equal(27917.17m, report.Total);
        Assert.Equal("€ 5.250,00", report.Lines[1].TotalText);
    }

    [Fact]
    public void Empty_report_still_lists_every_bucket()
    {
        var report = Ageing.Report([], Today);
        Assert.Equal(5, report.Lines.Count);
        Assert.All(report.Lines, l => Assert.Equal((0, 0m), (l.Count, l.Total)));
    }
}
