using System.Globalization;

namespace Billing.Forecast;

/// <summary>Configuration section <c>Billing:Forecast</c>.</summary>
internal sealed class ForecastOptions
{
    public const string Section = "Billing:Forecast";

    /// <summary>When the yearly forecasts for next year go out by themselves (cron, Brussels time); empty = only from the page.</summary>
    public string Cron { get; set; } = "0 7 1 9 *";

    /// <summary>The day (MM-dd) of next year on which the letter says the invoice will come.</summary>
    public string InvoiceExpectedOn { get; set; } = "01-15";

    public bool Valid => DateOnly.TryParseExact("2024-" + InvoiceExpectedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public DateOnly InvoiceDateIn(int year) =>
        DateOnly.ParseExact($"{year}-{(InvoiceExpectedOn == "02-29" && !DateTime.IsLeapYear(year) ? "02-28" : InvoiceExpectedOn)}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
