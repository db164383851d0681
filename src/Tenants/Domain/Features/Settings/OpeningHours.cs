using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Kernel.Formatting;

namespace Tenants.Domain.Features.Settings;

/// <summary>Open from <see cref="From"/> until <see cref="To"/>, written <c>"09:00"</c> in JSON.</summary>
internal sealed record TimeRange(
    [property: JsonConverter(typeof(HourMinuteJsonConverter))] TimeOnly From,
    [property: JsonConverter(typeof(HourMinuteJsonConverter))] TimeOnly To)
{
    public override string ToString() => $"{From:HH\\:mm}–{To:HH\\:mm}";
}

/// <summary>Opening hours per weekday; an empty or missing day is closed.</summary>
internal sealed record OpeningHours(
    IReadOnlyList<TimeRange>? Monday = null,
    IReadOnlyList<TimeRange>? Tuesday = null,
    IReadOnlyList<TimeRange>? Wednesday = null,
    IReadOnlyList<TimeRange>? Thursday = null,
    IReadOnlyList<TimeRange>? Friday = null,
    IReadOnlyList<TimeRange>? Saturday = null,
    IReadOnlyList<TimeRange>? Sunday = null)
{
    public const int MaxRangesPerDay = 6;

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public IReadOnlyList<TimeRange> On(DayOfWeek day) => (day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    }) ?? [];

    /// <summary>Per day: each range starts before it ends and ranges do not overlap (touching is fine: 12:00–12:00).</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        foreach (var day in Week)
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(day.ToString());
            var name = Dutch.Culture.DateTimeFormat.GetDayName(day);
            var ranges = On(day);
            if (ranges.Count > MaxRangesPerDay)
                errors.Add(field, $"Op {name} zijn hoogstens {MaxRangesPerDay} periodes mogelijk.");

            for (var i = 0; i < ranges.Count; i++)
            {
                if (ranges[i] is not { } range) errors.Add($"{field}[{i}]", $"Op {name} is een periode leeg.");
                else if (range.From >= range.To)
                    errors.Add($"{field}[{i}]", $"Op {name} moet het beginuur vóór het einduur liggen ({range}).");
            }

            var ordered = ranges.Where(r => r is not null && r.From < r.To).OrderBy(r => r.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
                if (ordered[i].From < ordered[i - 1].To)
                    errors.Add(field, $"Op {name} overlappen {ordered[i - 1]} en {ordered[i]}.");
        }
        return errors.All;
    }
}

/// <summary>Reads and writes <see cref="TimeOnly"/> as <c>HH:mm</c>, the way opening hours are written.</summary>
internal sealed class HourMinuteJsonConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.TryParseExact(reader.GetString(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException("Een uur schrijft u als UU:mm, bijvoorbeeld 09:00.");

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}
