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

/// <summary>Opening hours per weekday; an empty or missing day is closed. <see cref="Exceptions"/> override the weekday
/// on one date (a closing day or special hours); added in schema 1 as an optional field, so versions published before
/// it still read (no exceptions).</summary>
internal sealed record OpeningHours(
    IReadOnlyList<TimeRange>? Monday = null,
    IReadOnlyList<TimeRange>? Tuesday = null,
    IReadOnlyList<TimeRange>? Wednesday = null,
    IReadOnlyList<TimeRange>? Thursday = null,
    IReadOnlyList<TimeRange>? Friday = null,
    IReadOnlyList<TimeRange>? Saturday = null,
    IReadOnlyList<TimeRange>? Sunday = null,
    IReadOnlyList<OpeningHoursException>? Exceptions = null)
{
    public const int MaxRangesPerDay = 6;
    public const int MaxExceptions = 60;

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
        ValidateExceptions(errors);
        return errors.All;
    }

    /// <summary>At most <see cref="MaxExceptions"/>, one per date; each date's periods as on a weekday.</summary>
    private void ValidateExceptions(ValidationErrors errors)
    {
        var exceptions = Exceptions ?? [];
        if (exceptions.Count > MaxExceptions) errors.Add("exceptions", $"Geef hoogstens {MaxExceptions} uitzonderingen op.");
        var dates = new HashSet<DateOnly>();
        for (var i = 0; i < exceptions.Count; i++)
        {
            var field = $"exceptions[{i}]";
            if (exceptions[i] is not { } exception)
            {
                errors.Add(field, "De uitzondering is leeg.");
                continue;
            }
            var date = exception.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            if (exception.Date == default) errors.Add($"{field}.date", "De datum van de uitzondering is verplicht.");
            else if (!dates.Add(exception.Date)) errors.Add($"{field}.date", $"De datum {date} staat er twee keer in.");
            if ((exception.Reason?.Trim().Length ?? 0) > OpeningHoursException.MaxReasonLength)
                errors.Add($"{field}.reason", $"De reden is te lang (hoogstens {OpeningHoursException.MaxReasonLength} tekens).");

            var ranges = exception.Hours ?? [];
            if (ranges.Count > MaxRangesPerDay) errors.Add($"{field}.hours", $"Op {date} zijn hoogstens {MaxRangesPerDay} periodes mogelijk.");
            foreach (var range in ranges)
            {
                if (range is null) errors.Add($"{field}.hours", $"Op {date} is een periode leeg.");
                else if (range.From >= range.To)
                    errors.Add($"{field}.hours", $"Op {date} moet het beginuur vóór het einduur liggen ({range}).");
            }
            var ordered = ranges.Where(r => r is not null && r.From < r.To).OrderBy(r => r.From).ToList();
            for (var k = 1; k < ordered.Count; k++)
                if (ordered[k].From < ordered[k - 1].To)
                    errors.Add($"{field}.hours", $"Op {date} overlappen {ordered[k - 1]} en {ordered[k]}.");
        }
    }
}

/// <summary>On <see cref="Date"/> the service keeps <see cref="Hours"/> instead of its weekday's hours; no hours = closed
/// that day. <see cref="Reason"/> is shown in the app (e.g. "Kerstmis"). JSON: <c>{"date":"2026-12-25","hours":[],"reason":"Kerstmis"}</c>.</summary>
internal sealed record OpeningHoursException(DateOnly Date, IReadOnlyList<TimeRange>? Hours = null, string? Reason = null)
{
    public const int MaxReasonLength = 100;

    [JsonIgnore]
    public bool Closed => (Hours?.Count ?? 0) == 0;
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
