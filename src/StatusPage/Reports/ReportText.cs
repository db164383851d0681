using Platform.Kernel.Formatting;
using StatusPage.Public;

namespace StatusPage.Reports;

/// <summary>The report's words and figures, the same in the PDF, the CSV, the page and the mail.</summary>
internal static class ReportText
{
    public static string Percentage(AvailabilityReport? month) => month is null ? "geen gegevens" : DayBars.FormatPercentage(month.Percentage);

    public static string Budget(DowntimeBudget b) =>
        b.IsExceeded ? "overschreden met " + StatusPageRenderer.Duration(-b.Remaining) : StatusPageRenderer.Duration(b.Remaining) + " over van " + StatusPageRenderer.Duration(b.Allowed);

    public static string Verdict(AvailabilityReport? month, DowntimeBudget b) =>
        month is null ? "geen gegevens" : month.MeetsObjective && !b.IsExceeded ? "gehaald" : "niet gehaald";

    public static string Duration(TimeSpan span) => StatusPageRenderer.Duration(span);

    /// <summary>Minutes with two decimals, for the CSV.</summary>
    public static decimal Minutes(TimeSpan span) => decimal.Round((decimal)span.Ticks / TimeSpan.TicksPerMinute, 2, MidpointRounding.AwayFromZero);

    /// <summary>The percentage rounded down to four decimals, for the CSV (never 100 with any downtime).</summary>
    public static decimal CsvPercentage(decimal percentage) => decimal.Floor(percentage * 10000m) / 10000m;

    public static string When(DateTimeOffset at) => Dutch.DateTime(at);

    public static string FileName(AvailabilityMonthReport r, string extension) => $"beschikbaarheid-{r.Year}-{r.Month:00}.{extension}";
}
