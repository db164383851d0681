using System.Globalization;

namespace StatusPage.Tests.Domain;

internal static class Time
{
    /// <summary>Parses an ISO 8601 instant with offset, e.g. <c>2026-11-12T10:00+01:00</c>.</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
