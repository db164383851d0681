using System.Globalization;

namespace Platform.Kernel.Formatting;

/// <summary>nl-BE formats for what people read: <c>€ 10.000,00</c>, <c>23/11/2026</c>, <c>1 mei 2023</c>.</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");

    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static string Money(decimal euro) => "€ " + euro.ToString("N2", Culture);

    public static string Number(long value) => value.ToString("N0", Culture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => Date(DayOf(instant));

    public static string DateTime(DateTimeOffset instant) =>
        ToBrussels(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Long form used on invoices: <c>1 mei 2023</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static DateTimeOffset ToBrussels(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Brussels);

    /// <summary>The calendar day in Brussels at <paramref name="instant"/> (what "today" means on an invoice or a contract).</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToBrussels(instant).DateTime);

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());
}
