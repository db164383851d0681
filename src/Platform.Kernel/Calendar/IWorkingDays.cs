namespace Platform.Kernel.Calendar;

/// <summary>The platform's working days (Monday to Friday, not on Belgian holidays nor on the closing days admins add), for
/// modules that need them without owning the calendar. Implemented by ServiceDesk, which keeps the working calendar.</summary>
public interface IWorkingDays
{
    Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken = default);
}

public static class WorkingDaysExtensions
{
    /// <summary>The first working day of <paramref name="year"/>-<paramref name="month"/>.</summary>
    public static async Task<DateOnly> FirstWorkingDayAsync(this IWorkingDays days, int year, int month, CancellationToken cancellationToken = default)
    {
        var day = new DateOnly(year, month, 1);
        while (!await days.IsWorkingDayAsync(day, cancellationToken) && day.Month == month) day = day.AddDays(1);
        return day;
    }
}
