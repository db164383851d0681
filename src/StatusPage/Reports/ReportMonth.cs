using System.Globalization;

namespace StatusPage.Reports;

/// <summary>A report month as typed in a form or query (<c>2026-11</c>, what <c>&lt;input type="month"&gt;</c> sends).</summary>
internal static class ReportMonth
{
    public const string Field = "month";

    /// <returns>Null when valid; else the Dutch message for the field.</returns>
    public static string? Parse(string? text, DateOnly today, out int year, out int month)
    {
        (year, month) = (0, 0);
        if (string.IsNullOrWhiteSpace(text) || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year < 2000)
            return "Kies een maand als JJJJ-MM, bijvoorbeeld 2026-11.";
        if (first > today) return "Kies een maand die al begonnen is.";
        (year, month) = (first.Year, first.Month);
        return null;
    }

    public static string Previous(DateOnly today) => today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
