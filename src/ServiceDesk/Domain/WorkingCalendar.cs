using System.Collections.Concurrent;
using System.Collections.Frozen;
using Platform.Kernel.Formatting;

namespace ServiceDesk.Domain;

/// <summary>
/// Working time of the service desk: opening hours per weekday, closed on Belgian holidays and on the
/// extra closing days admins add. Arithmetic runs in local wall-clock time, day by day, so a DST change
/// never moves 9:00 or 17:00. Immutable and thread-safe; keep one instance per set of closing days so
/// its per-year tables stay warm.
/// </summary>
internal sealed class WorkingCalendar
{
    // Per year: element i = working ticks in the year's first i days. Any sum of working time is then
    // a few look-ups per calendar year crossed, whatever the duration.
    private readonly ConcurrentDictionary<int, long[]> years = new();
    private readonly Func<int, long[]> buildYear;

    public WorkingCalendar(WorkingWeek? week = null, IEnumerable<DateOnly>? closingDays = null, TimeZoneInfo? timeZone = null)
    {
        Week = week ?? WorkingWeek.Standard;
        ClosingDays = (closingDays ?? []).ToFrozenSet();
        TimeZone = timeZone ?? Dutch.Brussels;
        buildYear = BuildYear;
    }

    /// <summary>The contract's calendar: Monday to Friday 9:00–17:00, Europe/Brussels, Belgian holidays.</summary>
    public static WorkingCalendar Default { get; } = new();

    public WorkingWeek Week { get; }

    /// <summary>Closing days added by admins, on top of the Belgian holidays.</summary>
    public IReadOnlySet<DateOnly> ClosingDays { get; }

    public TimeZoneInfo TimeZone { get; }

    public bool IsClosed(DateOnly date) => ClosingDays.Contains(date) || BelgianHolidays.IsHoliday(date);

    public bool IsWorkingDay(DateOnly date) => OpenTicks(date) > 0;

    public TimeSpan WorkingTimeOn(DateOnly date) => TimeSpan.FromTicks(OpenTicks(date));

    /// <summary>The month's first day with working hours (weekends, Belgian holidays and closing days skipped).</summary>
    public DateOnly FirstWorkingDayOfMonth(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (!IsWorkingDay(day) && day.Month == month) day = day.AddDays(1);
        return day;
    }

    public DateTimeOffset AddWorkingMinutes(DateTimeOffset start, long minutes) =>
        AddWorkingTime(start, TimeSpan.FromMinutes(minutes));

    public DateTimeOffset AddWorkingHours(DateTimeOffset start, int hours) =>
        AddWorkingTime(start, TimeSpan.FromHours(hours));

    /// <summary>
    /// The earliest instant at which <paramref name="duration"/> of working time has passed since
    /// <paramref name="start"/>. A start outside working hours counts from the next working moment; a
    /// duration that ends exactly at closing time is due at closing time that day. Zero returns the start.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (duration == TimeSpan.Zero)
        {
            return start;
        }
        var local = ToLocal(start);
        var date = DateOnly.FromDateTime(local);
        var year = date.Year;
        var table = Year(year);
        var target = checked(table[date.DayOfYear - 1] + WorkedBefore(date, local.TimeOfDay) + duration.Ticks);
        while (target > table[^1])
        {
            target -= table[^1];
            table = Year(++year);
        }
        var dayOfYear = FirstAtLeast(table, target);
        var day = new DateOnly(year, 1, 1).AddDays(dayOfYear - 1);
        var opens = Week[day.DayOfWeek]!.Opens.ToTimeSpan();
        return FromLocal(day.ToDateTime(TimeOnly.MinValue) + opens + TimeSpan.FromTicks(target - table[dayOfYear - 1]));
    }

    /// <summary>Working time from <paramref name="from"/> to <paramref name="to"/>; negative when to is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }
        var a = ToLocal(from);
        var b = ToLocal(to);
        var first = DateOnly.FromDateTime(a);
        var last = DateOnly.FromDateTime(b);
        var ticks = WorkedBefore(last, b.TimeOfDay) - WorkedBefore(first, a.TimeOfDay);
        for (var year = first.Year; year < last.Year; year++)
        {
            ticks += Year(year)[^1];
        }
        ticks += Year(last.Year)[last.DayOfYear - 1] - Year(first.Year)[first.DayOfYear - 1];
        // Only possible inside the repeated hour of the autumn DST change, if that hour were worked.
        return TimeSpan.FromTicks(Math.Max(0, ticks));
    }

    /// <summary>Whole working minutes between two instants, truncated toward zero.</summary>
    public long WorkingMinutesBetween(DateTimeOffset from, DateTimeOffset to) =>
        WorkingTimeBetween(from, to).Ticks / TimeSpan.TicksPerMinute;

    /// <summary><paramref name="instant"/> itself during working hours, otherwise the next opening.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var date = DateOnly.FromDateTime(local);
        var worked = WorkedBefore(date, local.TimeOfDay);
        if (worked < OpenTicks(date) && local.TimeOfDay >= Week[date.DayOfWeek]!.Opens.ToTimeSpan())
        {
            return instant;
        }
        return AddWorkingTime(instant, TimeSpan.FromTicks(1)).AddTicks(-1);
    }

    private DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    private DateTimeOffset FromLocal(DateTime local) => new(local, TimeZone.GetUtcOffset(local));

    private long OpenTicks(DateOnly date)
    {
        var table = Year(date.Year);
        return table[date.DayOfYear] - table[date.DayOfYear - 1];
    }

    private long WorkedBefore(DateOnly date, TimeSpan timeOfDay)
    {
        var open = OpenTicks(date);
        if (open == 0)
        {
            return 0;
        }
        var sinceOpening = (timeOfDay - Week[date.DayOfWeek]!.Opens.ToTimeSpan()).Ticks;
        return Math.Clamp(sinceOpening, 0, open);
    }

    private long[] Year(int year) => years.GetOrAdd(year, buildYear);

    private long[] BuildYear(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var table = new long[days + 1];
        for (var i = 0; i < days; i++)
        {
            var date = first.AddDays(i);
            var hours = Week[date.DayOfWeek];
            var open = hours is null || IsClosed(date) ? 0 : hours.Length.Ticks;
            table[i + 1] = table[i] + open;
        }
        return table;
    }

    /// <summary>Smallest index i with table[i] &gt;= value; the caller guarantees table[0] &lt; value &lt;= table[^1].</summary>
    private static int FirstAtLeast(long[] table, long value)
    {
        int low = 1, high = table.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (table[mid] >= value)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }
        return low;
    }
}
