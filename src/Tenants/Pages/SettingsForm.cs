using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Tenants.Domain.Features;

namespace Tenants.Pages;

/// <summary>Form fields for a feature's typed settings, derived from the settings record: text for strings, a number
/// for integers, a list for enums, comma-separated text for lists of strings, checkboxes for lists of enums, and JSON
/// for nested lists (services, categories). Posted fields become the settings JSON the editor validates.</summary>
internal static class SettingsForm
{
    public enum Kind { Text, Number, Choice, TextList, Choices, Json }

    public sealed record Option(string Value, string Label);

    public sealed record Field(string Name, string Label, Kind Kind, IReadOnlyList<Option> Options, string? Hint);

    private static readonly Dictionary<string, (string Label, string? Hint)> Labels = new()
    {
        ["bookingUrl"] = ("Link naar de afsprakenpagina", "https://…"),
        ["endpointUrl"] = ("Adres van uw meldingensysteem", "https://…; laat leeg als meldingen per e-mail gaan"),
        ["mailbox"] = ("Mailbox voor meldingen", "laat leeg als meldingen naar uw systeem gaan; blijft intern"),
        ["categories"] = ("Categorieën (JSON)", """bv. [ { "name": "Zwerfvuil" } ]"""),
        ["provider"] = ("Aanbieder", null),
        ["apiKey"] = ("API-sleutel", "blijft intern, gaat nooit naar de app; verplicht voor Recycle!"),
        ["calendarUrl"] = ("Link naar de afvalkalender", "https://…; verplicht voor een eigen kalender"),
        ["feedUrl"] = ("Link naar de nieuwsfeed (RSS of Atom)", "https://…"),
        ["maxItems"] = ("Maximaal aantal berichten", null),
        ["postalCodes"] = ("Postcodes", "gescheiden door komma's, bv. 9000, 9030"),
        ["radiusKm"] = ("Straal rond de postcodes (km)", "0 tot 50"),
        ["services"] = ("Diensten (JSON)", """bv. [ { "name": "Burgerzaken", "address": { "street": "Markt 1", "postalCode": "9000", "city": "Gent" }, "phone": "09 210 10 10" } ]"""),
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
            _ => new Field(name, label, Kind.Json, [], hint),
        };
    }

    private static List<Option> Options(Type enumType) =>
        [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
            f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name).Select(v => new Option(v, OptionLabels.GetValueOrDefault(v, v)))];

    /// <summary>The stored settings as form values (lists joined or as JSON), by field name.</summary>
    public static Dictionary<string, string[]> Values(IReadOnlyList<Field> fields, string? settingsJson)
    {
        var values = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(settingsJson) || JsonNode.Parse(settingsJson) is not JsonObject json) return values;
        foreach (var f in fields)
        {
            if (json[f.Name] is not { } node) continue;
            values[f.Name] = f.Kind switch
            {
                Kind.TextList => [string.Join(", ", node.AsArray().Select(n => n?.GetValue<string>()))],
                Kind.Choices => [.. node.AsArray().Select(n => n?.GetValue<string>() ?? "")],
                Kind.Json => [node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = FeatureSettingsJson.Options.Encoder })],
                _ => [node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString()],
            };
        }
        return values;
    }

    /// <summary>The posted fields (<c>s.{name}</c>) as settings JSON; unparseable JSON fields are reported by name.</summary>
    public static (string? Json, Dictionary<string, string[]> Errors) Read(IReadOnlyList<Field> fields, IFormCollection form)
    {
        var json = new JsonObject();
        var errors = new Dictionary<string, string[]>();
        foreach (var f in fields)
        {
            var raw = form["s." + f.Name];
            var text = raw.ToString().Trim();
            switch (f.Kind)
            {
                case Kind.Text or Kind.Choice:
                    json[f.Name] = text.Length == 0 ? null : text;
                    break;
                case Kind.Number:
                    json[f.Name] = int.TryParse(text, out var n) ? n : text.Length == 0 ? null : text;
                    break;
                case Kind.TextList:
                    json[f.Name] = new JsonArray([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode?)s)]);
                    break;
                case Kind.Choices:
                    json[f.Name] = new JsonArray([.. raw.Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)v)]);
                    break;
                default:
                    try { json[f.Name] = text.Length == 0 ? new JsonArray() : JsonNode.Parse(text); }
                    catch (JsonException) { errors["settings." + f.Name] = [$"{f.Label}: dit is geen geldige JSON."]; }
                    break;
            }
        }
        return (errors.Count > 0 ? null : json.ToJsonString(), errors);
    }
}
