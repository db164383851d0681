using Platform.Kernel.Formatting;

namespace Billing.Payments;

internal enum AgeingBucket
{
    NotDue,
    Days0To30,
    Days31To60,
    Days61To90,
    Over90,
}

internal sealed record AgeingItem(Guid InvoiceId, DateOnly DueDate, decimal Outstanding);

internal sealed record AgeingLine(AgeingBucket Bucket, string Label, int Count, decimal Total)
{
    public string TotalText => Dutch.Money(Total);
}

internal sealed record AgeingReport(IReadOnlyList<AgeingLine> Lines, decimal OverdueTotal, decimal Total);

/// <summary>Open amounts by days past the due date: 0–30, 31–60, 61–90, more than 90 (and not yet due).</summary>
internal static class Ageing
{
    public static AgeingBucket BucketOf(DateOnly dueDate, DateOnly today) => (today.DayNumber - dueDate.DayNumber) switch
    {
        <= 0 => AgeingBucket.NotDue,
        <= 30 => AgeingBucket.Days0To30,
        <= 60 => AgeingBucket.Days31To60,
        <= 90 => AgeingBucket.Days61To90,
        _ => AgeingBucket.Over90,
    };

    public static string Label(AgeingBucket bucket) => bucket switch
    {
        AgeingBucket.NotDue => "Nog niet vervallen",
        AgeingBucket.Days0To30 => "0–30 dagen",
        AgeingBucket.Days31To60 => "31–60 dagen",
        AgeingBucket.Days61To90 => "61–90 dagen",
        _ => "Meer dan 90 dagen",
    };

    /// <summary>Every bucket is listed, empty ones with 0, so the table always has the same rows.</summary>
    public static AgeingReport Report(IEnumerable<AgeingItem> items, DateOnly today)
    {
        var open = items.Where(i => i.Outstanding > 0m).ToList();
        var lines = Enum.GetValues<AgeingBucket>()
            .Select(b =>
            {
                var inBucket = open.Where(i => BucketOf(i.DueDate, today) == b).ToList();
                return new AgeingLine(b, Label(b), inBucket.Count, inBucket.Sum(i => i.Outstanding));
            })
            .ToList();
        var total = lines.Sum(l => l.Total);
        return new(lines, total - lines[0].Total, total);
    }
}
