namespace Platform.Kernel.Text;

/// <summary>The one range for dates from outside, in every module: go-live, maintenance windows, notices,
/// … (whole-number years, e.g. report periods, are checked by their module against the same range). A date outside it is refused with a Dutch message naming the field and the range, before any
/// arithmetic on it can overflow.</summary>
public static class PlausibleDates
{
    public static readonly DateOnly Min = new(2000, 1, 1);
    public static readonly DateOnly Max = new(2100, 12, 31);

    /// <summary>The Dutch error for <paramref name="value"/>, or null when it is a plausible date (or not a date).</summary>
    public static string? Check(object? value, string field, string? label = null)
    {
        DateOnly? date = value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
            _ => null,
        };
        if (date is { } day)
            return day >= Min && day <= Max ? null
                : $"Het veld '{label ?? field}' moet een datum tussen {Show(Min)} en {Show(Max)} zijn.";
        return null;
    }

    private static string Show(DateOnly d) => d.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsDateType(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset));

}
