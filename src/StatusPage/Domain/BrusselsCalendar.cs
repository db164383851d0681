using Platform.Kernel.Formatting;

namespace StatusPage.Domain;

/// <summary>
/// Calendar days and months as lived in Brussels, as ranges of real instants: the day DST starts
/// (last Sunday of March) lasts 23 hours, the day it ends (last Sunday of October) 25 hours.
/// </summary>
internal static class BrusselsCalendar
{
    public static DateOnly DayOf(DateTimeOffset instant) => Dutch.DayOf(instant);

    public static TimeRange Day(DateOnly day) => new(StartOf(day), StartOf(day.AddDays(1)));

    public static TimeRange Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new TimeRange(StartOf(first), StartOf(first.AddMonths(1)));
    }

    public static TimeRange MonthOf(DateTimeOffset instant)
    {
        var day = DayOf(instant);
        return Month(day.Year, day.Month);
    }

    // Brussels changes clocks at 02:00/03:00, so local midnight always exists and is never ambiguous.
    private static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Dutch.Brussels.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
