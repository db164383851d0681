namespace ServiceDesk.Domain;

/// <summary>
/// Percentiles by linear interpolation between closest ranks (the "R-7" / spreadsheet PERCENTILE.INC method),
/// so the median of an even count is the mean of the two middle values.
/// </summary>
internal static class Percentile
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">Between 0 and 1.</param>
    public static double? Of(IReadOnlyList<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (sorted.Count == 0) return null;
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
