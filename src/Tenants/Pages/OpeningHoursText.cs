using System.Globalization;
using System.Text.RegularExpressions;
using Tenants.Domain.Features.Settings;

namespace Tenants.Pages;

/// <summary>One weekday's opening hours as people write them: periods separated by commas, each "09:00–12:00"
/// (also accepted: "9-12", "9u30 - 12u", "9.30 tot 12"); empty or "gesloten" is closed. Only the form reads this
/// text: the settings keep their JSON shape (<see cref="OpeningHours"/>).</summary>
internal static partial class OpeningHoursText
{
    public const string Example = "09:00–12:00, 13:30–17:00";

    public static string Format(IReadOnlyList<TimeRange>? ranges) =>
        string.Join(", ", (ranges ?? []).Where(r => r is not null).Select(r => r.ToString()));

    /// <summary>The periods, or a Dutch message naming the part that could not be read.</summary>
    public static (IReadOnlyList<TimeRange>? Ranges, string? Error) Parse(string? text, string dayName)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Equals("gesloten", StringComparison.OrdinalIgnoreCase)) return ([], null);
        var ranges = new List<TimeRange>();
        foreach (var part in trimmed.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Period().Match(part);
            if (!match.Success || Time(match.Groups["from"].Value) is not { } from || Time(match.Groups["to"].Value) is not { } to)
                return (null, $"Op {dayName} kan \"{part}\" niet gelezen worden. Schrijf de periodes als {Example}.");
            ranges.Add(new TimeRange(from, to));
        }
        return (ranges, null);
    }

    private static TimeOnly? Time(string text)
    {
        var m = Clock().Match(text);
        if (!m.Success) return null;
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<from>[0-9][0-9.:uh]*)\s*(?:-|–|—|tot)\s*(?<to>[0-9][0-9.:uh]*)\s*(?:u|uur)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?:(?:[:.hu])(?<m>[0-9]{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();
}
