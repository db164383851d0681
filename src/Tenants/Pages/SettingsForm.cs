using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Platform.Kernel.Formatting;
using Tenants.Domain;
using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;

namespace Tenants.Pages;

/// <summary>Form fields for a feature's typed settings, derived from the settings record: text for strings, a number
/// for integers, a list for enums, comma-separated text for lists of strings, checkboxes for lists of enums, and
/// repeatable rows for services and report categories. Values are kept flat by their settings path
/// (<c>services[1].address.city</c>, <c>services[0].openingHours.monday</c>); <see cref="Read"/> turns them into the
/// same settings JSON the API takes, so the validation and the app's configuration stay as they are.</summary>
internal static class SettingsForm
{
    public enum Kind { Text, Number, Choice, TextList, Choices, Services, Categories }

    public sealed record Option(string Value, string Label);

    public sealed record Field(string Name, string Label, Kind Kind, IReadOnlyList<Option> Options, string? Hint);

    /// <summary>One input of a repeatable row: <see cref="Path"/> is relative to the row (<c>address.city</c>).</summary>
    public sealed record RowField(string Path, string Label, string? Hint = null, string Type = "text", string? Autocomplete = null);

    public static readonly IReadOnlyList<(string Day, string Name)> Week =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Select(d => (JsonNamingPolicy.CamelCase.ConvertName(d.ToString()), Dutch.Culture.DateTimeFormat.GetDayName(d))),
    ];

    public static readonly IReadOnlyList<RowField> ServiceFields =
    [
        new("name", "Naam van de dienst", "bv. Burgerzaken"),
        new("address.street", "Straat en huisnummer", "bv. Botermarkt 1", Autocomplete: "off"),
        new("address.postalCode", "Postcode", "4 cijfers, bv. 9000"),
        new("address.city", "Gemeente", "bv. Gent"),
        new("phone", "Telefoonnummer", "bv. 09 210 10 10", "tel"),
        new("email", "E-mailadres (optioneel)", "bv. burgerzaken@stad.gent", "email"),
        new("website", "Website (optioneel)", "https://…", "url"),
    ];

    /// <summary>The list of a service's exceptions, relative to the service row.</summary>
    public const string ExceptionsPath = "openingHours.exceptions";

    public static readonly IReadOnlyList<RowField> ExceptionFields =
    [
        new("date", "Datum", "dd/mm/jjjj, bv. 25/12/2026"),
        new("hours", "Openingsuren die dag", "bv. 09:00–12:00; leeg = gesloten"),
        new("reason", "Reden (optioneel)", "bv. Kerstmis"),
    ];

    public static readonly IReadOnlyList<RowField> CategoryFields =
    [
        new("name", "Naam van de categorie", "bv. Zwerfvuil"),
        new("mailbox", "Eigen mailbox (optioneel)", "enkel wanneer meldingen per e-mail gaan; blijft intern", "email"),
    ];

    private static readonly Dictionary<string, (string Label, string? Hint)> Labels = new()
    {
        ["bookingUrl"] = ("Link naar de afsprakenpagina", "https://…"),
        ["endpointUrl"] = ("Adres van jullie meldingensysteem", "https://…; laat leeg als meldingen per e-mail gaan"),
        ["mailbox"] = ("Mailbox voor meldingen", "laat leeg als meldingen naar jullie systeem gaan; blijft intern"),
        ["categories"] = ("Categorieën", $"1 tot {ReportIssueSettings.MaxCategories} categorieën waaruit de inwoner kiest"),
        ["provider"] = ("Aanbieder", null),
        ["apiKey"] = ("API-sleutel", "blijft intern, gaat nooit naar de app; verplicht voor Recycle!"),
        ["calendarUrl"] = ("Link naar de afvalkalender", "https://…; verplicht voor een eigen kalender"),
        ["feedUrl"] = ("Link naar de nieuwsfeed (RSS of Atom)", "https://…"),
        ["maxItems"] = ("Maximaal aantal berichten", null),
        ["postalCodes"] = ("Postcodes", "gescheiden door komma's, bv. 9000, 9030"),
        ["radiusKm"] = ("Straal rond de postcodes (km)", "0 tot 50"),
        ["services"] = ("Diensten", $"1 tot {ContactOptionsSettings.MaxServices} diensten"),
        ["offlineKinds"] = ("Wat mag offline bewaard worden", null),
    };

    private static readonly Dictionary<string, string> OptionLabels = new()
    {
        ["recycleApp"] = "Recycle! (Fost Plus)", ["ivago"] = "IVAGO", ["limburgNet"] = "Limburg.net", ["custom"] = "Eigen kalender",
        ["certificates"] = "attesten", ["permits"] = "vergunningen", ["documents"] = "documenten", ["cards"] = "kaarten",
    };

    public static IReadOnlyList<Field> For(FeatureDefinition feature) =>
        feature.SettingsType is not { } type ? [] :
        [.. type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters().Select(ToField)];

    private static Field ToField(ParameterInfo p)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(p.Name!);
        var (label, hint) = Labels.GetValueOrDefault(name, (p.Name!, null));
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
        return (type, element) switch
        {
            _ when type == typeof(string) => new Field(name, label, Kind.Text, [], hint),
            _ when type == typeof(int) => new Field(name, label, Kind.Number, [], hint),
            _ when type.IsEnum => new Field(name, label, Kind.Choice, Options(type), hint),
            (_, { } e) when e == typeof(string) => new Field(name, label, Kind.TextList, [], hint),
            (_, { IsEnum: true } e) => new Field(name, label, Kind.Choices, Options(e), hint),
            (_, { } e) when e == typeof(ContactService) => new Field(name, label, Kind.Services, [], hint),
            (_, { } e) when e == typeof(IssueCategory) => new Field(name, label, Kind.Categories, [], hint),
            _ => throw new NotSupportedException($"No form field for {p.Member.DeclaringType?.Name}.{p.Name} ({type.Name})."),
        };
    }

    private static List<Option> Options(Type enumType) =>
        [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
            f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name).Select(v => new Option(v, OptionLabels.GetValueOrDefault(v, v)))];

    public static IReadOnlyList<RowField> RowFields(Kind kind) => kind == Kind.Services
        ? [.. ServiceFields, .. Week.Select(d => new RowField("openingHours." + d.Day, d.Name, "bv. " + OpeningHoursText.Example + "; leeg = gesloten")),
            new RowField(ExceptionsPath, "uitzonderingen")]
        : CategoryFields;

    /// <summary>How many rows of list <paramref name="list"/> the values hold (one past the highest index).</summary>
    public static int RowCount(IReadOnlyDictionary<string, string[]> values, string list) =>
        values.Keys.Select(k => RowIndex(k, list)).Where(i => i is not null).Select(i => i!.Value + 1).DefaultIfEmpty(0).Max();

    private static int? RowIndex(string key, string list) =>
        key.StartsWith(list + "[", StringComparison.Ordinal) && key.IndexOf(']', list.Length) is var end and > 0
        && int.TryParse(key.AsSpan(list.Length + 1, end - list.Length - 1), out var i) && i is >= 0 and < 1000 ? i : null;

    public static string Value(IReadOnlyDictionary<string, string[]> values, string path) =>
        values.TryGetValue(path, out var v) && v.Length > 0 ? v[0] : "";

    /// <summary>The stored settings as flat form values, by settings path.</summary>
    public static Dictionary<string, string[]> Values(IReadOnlyList<Field> fields, string? settingsJson)
    {
        var values = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(settingsJson) || JsonNode.Parse(settingsJson) is not JsonObject json) return values;
        foreach (var f in fields)
        {
            if (json[f.Name] is not { } node) continue;
            switch (f.Kind)
            {
                case Kind.TextList: values[f.Name] = [string.Join(", ", node.AsArray().Select(n => n?.GetValue<string>()))]; break;
                case Kind.Choices: values[f.Name] = [.. node.AsArray().Select(n => n?.GetValue<string>() ?? "")]; break;
                case Kind.Services or Kind.Categories:
                    var rows = node.AsArray();
                    for (var i = 0; i < rows.Count; i++)
                    {
                        foreach (var rf in RowFields(f.Kind))
                            values[$"{f.Name}[{i}].{rf.Path}"] = [RowValue(rows[i], rf.Path)];
                        if (f.Kind == Kind.Services) ExceptionValues(values, $"{f.Name}[{i}].", rows[i]);
                    }
                    break;
                default: values[f.Name] = [Text(node)]; break;
            }
        }
        return values;
    }

    /// <summary>A service's exceptions as rows (<c>openingHours.exceptions[0].date</c> …) and as one line for the
    /// changes overview (<c>openingHours.exceptions</c>, never posted back).</summary>
    private static void ExceptionValues(Dictionary<string, string[]> values, string prefix, JsonNode? row)
    {
        if (row?["openingHours"]?["exceptions"] is not JsonArray node) return;
        var exceptions = node.Deserialize<List<OpeningHoursException>>(FeatureSettingsJson.Options) ?? [];
        for (var j = 0; j < exceptions.Count; j++)
            foreach (var (path, value) in ExceptionText.Row(exceptions[j]))
                values[$"{prefix}{ExceptionsPath}[{j}].{path}"] = [value];
        if (exceptions.Count > 0) values[prefix + ExceptionsPath] = [ExceptionText.Summary(exceptions)];
    }

    private static string RowValue(JsonNode? row, string path)
    {
        if (path == ExceptionsPath) return "";
        var node = path.Split('.').Aggregate(row, (n, part) => n is JsonObject o ? o[part] : null);
        if (!path.StartsWith("openingHours.", StringComparison.Ordinal) || node is not JsonArray) return node is null ? "" : Text(node);
        var ranges = node.Deserialize<List<TimeRange>>(FeatureSettingsJson.Options);
        return OpeningHoursText.Format(ranges);
    }

    private static string Text(JsonNode node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    /// <summary>The form values as settings JSON. Rows left entirely empty are dropped; <c>RowMap</c> gives, per list, the
    /// form row of each JSON row so the validation's paths can be put back on the right row (<c>FormPath</c>).
    /// Opening hours that cannot be read are errors on their own day field (form paths).</summary>
    public static Reading Read(IReadOnlyList<Field> fields, IReadOnlyDictionary<string, string[]> values)
    {
        var json = new JsonObject();
        var errors = new List<ValidationError>();
        var maps = new Dictionary<string, int[]>();
        foreach (var f in fields)
        {
            var raw = values.GetValueOrDefault(f.Name) ?? [];
            var text = (raw.Length > 0 ? raw[0] : "").Trim();
            switch (f.Kind)
            {
                case Kind.Text or Kind.Choice:
                    json[f.Name] = text.Length == 0 ? null : text;
                    break;
                case Kind.Number when text.Length == 0:
                    break; // left out: the setting's default applies (20 news items; 0 km)
                case Kind.Number:
                    if (int.TryParse(text, out var n)) json[f.Name] = n;
                    else errors.Add(new ValidationError(f.Name, $"{f.Label}: geef een geheel getal op, bv. 10."));
                    break;
                case Kind.TextList:
                    json[f.Name] = new JsonArray([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode?)s)]);
                    break;
                case Kind.Choices:
                    json[f.Name] = new JsonArray([.. raw.Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)v)]);
                    break;
                default:
                    var rows = new JsonArray();
                    var map = new List<int>();
                    for (var i = 0; i < RowCount(values, f.Name); i++)
                    {
                        var prefix = $"{f.Name}[{i}].";
                        if (values.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).All(kv => kv.Value.All(v => v.Trim().Length == 0))) continue;
                        rows.Add(f.Kind == Kind.Services ? Service(values, prefix, errors, maps) : Category(values, prefix));
                        map.Add(i);
                    }
                    json[f.Name] = rows;
                    maps[f.Name] = [.. map];
                    break;
            }
        }
        return new Reading(errors.Count > 0 ? null : json.ToJsonString(), errors, maps);
    }

    public sealed record Reading(string? Json, IReadOnlyList<ValidationError> Errors, IReadOnlyDictionary<string, int[]> RowMap)
    {
        /// <summary>A validation path of the JSON (<c>services[1].phone</c>) as the path of the form row it came from.</summary>
        public string FormPath(string path)
        {
            // Outer lists first: services[1] becomes its form row, then that row's exceptions[0] becomes its form row.
            foreach (var (list, map) in RowMap.OrderBy(m => m.Key.Length))
                if (RowIndex(path, list) is { } i && i < map.Length)
                    path = $"{list}[{map[i]}]" + path[(path.IndexOf(']', list.Length) + 1)..];
            return path;
        }
    }

    private static JsonObject Service(IReadOnlyDictionary<string, string[]> values, string prefix, List<ValidationError> errors,
        Dictionary<string, int[]> maps)
    {
        string? V(string path) => Value(values, prefix + path).Trim() is { Length: > 0 } s ? s : null;
        var hours = new JsonObject();
        foreach (var (day, name) in Week)
        {
            var (ranges, error) = OpeningHoursText.Parse(V("openingHours." + day), name);
            if (error is not null) errors.Add(new ValidationError(prefix + "openingHours." + day, error));
            else if (ranges is { Count: > 0 }) hours[day] = JsonSerializer.SerializeToNode(ranges, FeatureSettingsJson.Options);
        }
        var list = prefix + ExceptionsPath;
        var exceptions = new JsonArray();
        var map = new List<int>();
        for (var j = 0; j < RowCount(values, list); j++)
        {
            var row = $"{list}[{j}].";
            if (ExceptionFields.All(rf => Value(values, row + rf.Path).Trim().Length == 0)) continue;
            exceptions.Add(ExceptionText.Read(Value(values, row + "date"), Value(values, row + "hours"), Value(values, row + "reason"), row, errors));
            map.Add(j);
        }
        if (exceptions.Count > 0) hours["exceptions"] = exceptions;
        maps[list] = [.. map];
        return new JsonObject
        {
            ["name"] = V("name") ?? "",
            ["address"] = new JsonObject { ["street"] = V("address.street") ?? "", ["postalCode"] = V("address.postalCode") ?? "", ["city"] = V("address.city") ?? "" },
            ["phone"] = V("phone") ?? "",
            ["email"] = V("email"),
            ["website"] = V("website"),
            ["openingHours"] = hours.Count == 0 ? null : hours,
        };
    }

    private static JsonObject Category(IReadOnlyDictionary<string, string[]> values, string prefix) => new()
    {
        ["name"] = Value(values, prefix + "name").Trim(),
        ["mailbox"] = Value(values, prefix + "mailbox").Trim() is { Length: > 0 } m ? m : null,
    };
}
