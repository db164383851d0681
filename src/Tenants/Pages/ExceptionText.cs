using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Formatting;
using Tenants.Domain;
using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;

namespace Tenants.Pages;

/// <summary>An opening-hours exception as the form shows it: a date written dd/mm/jjjj, the hours that day as on a
/// weekday (<see cref="OpeningHoursText"/>; empty or "gesloten" = closed) and an optional reason.</summary>
internal static class ExceptionText
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    public static IEnumerable<(string Path, string Value)> Row(OpeningHoursException exception) =>
    [
        ("date", exception.Date == default ? "" : Dutch.Date(exception.Date)),
        ("hours", exception.Closed ? "gesloten" : OpeningHoursText.Format(exception.Hours)),
        ("reason", exception.Reason ?? ""),
    ];

    /// <summary>"24/12/2026 09:00–12:00 (Kerstavond); 25/12/2026 gesloten (Kerstmis)", by date.</summary>
    public static string Summary(IEnumerable<OpeningHoursException> exceptions) =>
        string.Join("; ", exceptions.Where(e => e is not null).OrderBy(e => e.Date).Select(e =>
            $"{Dutch.Date(e.Date)} {(e.Closed ? "gesloten" : OpeningHoursText.Format(e.Hours))}"
            + (string.IsNullOrWhiteSpace(e.Reason) ? "" : $" ({e.Reason.Trim()})")));

    /// <summary>The exception as settings JSON; a date or hours that cannot be read are errors on their own field.</summary>
    public static JsonObject Read(string date, string hours, string reason, string rowPrefix, List<ValidationError> errors)
    {
        var text = date.Trim();
        DateOnly? day = null;
        if (text.Length == 0) errors.Add(new ValidationError(rowPrefix + "date", "De datum van de uitzondering is verplicht (dd/mm/jjjj, bv. 25/12/2026)."));
        else if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) day = d;
        else errors.Add(new ValidationError(rowPrefix + "date", $"De datum \"{text}\" kan niet gelezen worden. Schrijf ze als dd/mm/jjjj, bv. 25/12/2026."));

        var (ranges, error) = OpeningHoursText.Parse(hours, day is { } x ? Dutch.Date(x) : "die dag");
        if (error is not null) errors.Add(new ValidationError(rowPrefix + "hours", error));
        return new JsonObject
        {
            ["date"] = day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["hours"] = JsonSerializer.SerializeToNode(ranges ?? [], FeatureSettingsJson.Options),
            ["reason"] = reason.Trim() is { Length: > 0 } r ? r : null,
        };
    }
}
