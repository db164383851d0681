using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, point 8: reads <c>/openapi/v1.json</c> and sends every operation hostile values in every string,
/// number, date and boolean field (and hostile bodies), as a caller allowed to call it. Never a 5xx; every 4xx is problem
/// details; after a 4xx no table of any module has a row more or less. New endpoints are covered without a change here.
/// Runs on its own database, so the row counts are this suite's alone.</summary>
public abstract class HostileInputSuite(ITestOutputHelper output)
{
    protected abstract PlatformApp NewApp();

    /// <summary>When true, each field gets one hostile value of each kind (a fixed rotation seeded by the field's name, so a
    /// run is reproducible and different fields cover different values) instead of every value. SQLite sends every value;
    /// PostgreSQL, where each refused request also counts the rows of every table, sends this sample (about a third of the
    /// requests), still every kind: control characters, unicode, long, blank, injection, wrong type...</summary>
    protected virtual bool SampleOneValuePerKind => false;

    private static readonly string Long = new('x', 10_000);

    // Hostile values grouped by kind; the sample keeps one of each kind per field.
    private static readonly JsonNode?[][] Strings =
    [
        ["\0", "a\0b", "bel\u0007", "tab\tin\nlines"],
        ["\u202Eexe.pdf", "😀🎉 naïve Ωmega"],
        [Long],
        ["   ", ""],
        ["'; DROP TABLE x; --", "<script>alert(1)</script>", "..\\..\\etc\\passwd"],
        [12345, true, new JsonObject(), new JsonArray(), null],
    ];

    private static readonly JsonNode?[][] Numbers =
    [
        [-1, 0],
        [int.MaxValue, long.MinValue, 1e308, JsonNode.Parse("79228162514264337593543950336")],
        [JsonValue.Create(1.5m)],
        ["abc", "", new JsonObject()],
        [null],
    ];

    // Both year-9999 values stay in every sample: they are the kernel's implausible-date rule's cases (one per format).
    private static readonly JsonNode?[][] Dates =
    [
        ["9999-12-31"], ["9999-12-31T23:59:59Z"],
        ["0001-01-01", "0001-01-01T00:00:00+14:00"],
        ["2026-02-30", "not a date", ""],
        [0, null],
    ];

    private static readonly JsonNode?[][] Booleans = [["yes"], [2], [null]];

    private static readonly string[][] Bodies = [["", "\u0000"], ["{", "[", "{\"a\":"], ["null", "[]", "\"x\""], ["{\"x\":1}x"]];

    /// <summary>Every value, or (<see cref="SampleOneValuePerKind"/>) one value of each kind, rotated by a stable hash of
    /// <paramref name="key"/> (the field's name), skipping values <paramref name="usable"/> refuses.</summary>
    private IEnumerable<T> Pick<T>(T[][] kinds, string key, Func<T, bool>? usable = null)
    {
        usable ??= _ => true;
        if (!SampleOneValuePerKind) return kinds.SelectMany(k => k).Where(usable);
        var seed = key.Aggregate(17u, (h, c) => unchecked(h * 31 + c)); // string.GetHashCode differs per process
        return kinds.Select(k => k.Where(usable).ToArray()).Where(k => k.Length > 0)
            .Select((k, i) => k[(int)((seed + (uint)i) % (uint)k.Length)]);
    }

    [SkippableFact]
    public async Task Every_operation_survives_hostile_values()
    {
        using var app = NewApp();
        Skip.IfNot(app.Available, "PostgreSQL tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        var api = app.Api();
        var tenant = await api.CreateTenantAsync("hostile");
        var callers = new List<HttpClient> { api.Admin() };
        foreach (var role in new[] { "TenantAdmin", "Reporter" })
            callers.Add(api.WithKey((await api.CreateUserAsync(role, tenant.Slug)).Key));
        foreach (var role in new[] { "Agent", "Finance" })
            callers.Add(api.WithKey((await api.CreateUserAsync(role)).Key));
        var doc = JsonNode.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var schemas = doc["components"]?["schemas"]?.AsObject();
        var counts = new RowCounts(app.Services);

        int operations = 0, sent = 0;
        var fiveHundreds = new List<string>();
        var notProblems = new List<string>();
        var written = new List<string>();
        var implausibleDates = new List<string>();
        var unnamed = new List<string>();
        var datesSent = 0;
        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, opNode) in item!.AsObject())
        {
            if (method is not ("get" or "post" or "put" or "patch" or "delete")) continue;
            var op = opNode!.AsObject();
            operations++;
            var parameters = (op["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToList();
            var url = Url(path, parameters, tenant.Slug, null, null);
            var content = op["requestBody"]?["content"]?.AsObject();
            var jsonSchema = content?["application/json"]?["schema"];
            var baseline = jsonSchema is null ? null : Example(jsonSchema, schemas, 0);
            var isMultipart = content?.ContainsKey("multipart/form-data") == true;

            // The first caller the endpoint does not refuse.
            var caller = callers[0];
            foreach (var c in callers)
            {
                var probe = await SendAsync(c, method, url, baseline?.ToJsonString() ?? (jsonSchema is null ? null : "{}"), isMultipart);
                sent++;
                caller = c;
                if (probe.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)) break;
            }

            var cases = new List<(string What, string Url, string? Body, string? ImplausibleDate)>();
            foreach (var p in parameters.Where(p => (string?)p["in"] is "query" or "path"))
                // The in-process test server refuses a NUL in the path itself before the platform sees it.
                foreach (var value in Pick(ValuesFor(p["schema"], schemas), $"{method} {path} {p["name"]}",
                             v => !((string?)p["in"] == "path" && v?.ToJsonString().Contains("\\u0000", StringComparison.Ordinal) == true)))
                    cases.Add(($"{p["in"]} {p["name"]}={Show(value)}", Url(path, parameters, tenant.Slug, (string)p["name"]!, value), baseline?.ToJsonString(),
                        IsImplausible(p["schema"], schemas, value) ? (string)p["name"]! : null));
            if (jsonSchema is not null)
            {
                foreach (var body in Pick(Bodies, $"{method} {path}")) cases.Add(($"body {Show(body)}", url, body, null));
                foreach (var (field, schema) in Leaves(jsonSchema, schemas, "", 0))
                    foreach (var value in Pick(ValuesFor(schema, schemas), $"{method} {path} {field}"))
                    {
                        var body = baseline!.DeepClone();
                        Set(body, field, value?.DeepClone());
                        cases.Add(($"{field}={Show(value)}", url, body.ToJsonString(), IsImplausible(schema, schemas, value) ? field : null));
                    }
            }
            if (isMultipart) cases.Add(("empty multipart", url, "", null));

            var before = await counts.TakeAsync();
            foreach (var (what, caseUrl, body, implausibleDate) in cases)
            {
                var response = await SendAsync(caller, method, caseUrl, body, isMultipart);
                sent++;
                var status = (int)response.StatusCode;
                var label = $"{method.ToUpperInvariant()} {path} {what} -> {status}";
                // The kernel's date rule: a year-9999 date is refused with a 400 that names the field and the range.
                if (implausibleDate is not null && path.StartsWith("/api", StringComparison.Ordinal) && status is not (401 or 403 or 404 or 405 or 415))
                {
                    datesSent++;
                    var text = status == 400 ? await response.Content.ReadAsStringAsync() : "";
                    if (status != 400 || !NamesField(text, implausibleDate) || !text.Contains("31/12/2100", StringComparison.Ordinal))
                        implausibleDates.Add(label + " " + Trim(text));
                }
                if (status >= 500)
                    fiveHundreds.Add(label + " " + Trim(await response.Content.ReadAsStringAsync()));
                else if (status >= 400)
                {
                    // Problem details are the API's language; feeds and pages outside /api answer in their own format.
                    if (status != 405 && path.StartsWith("/api", StringComparison.Ordinal) && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                        notProblems.Add(label + $" ({response.Content.Headers.ContentType?.MediaType ?? "no body"})");
                    // A 400 for one hostile field names a field (the binder's, the kernel rules' or the module's).
                    if (status == 400 && path.StartsWith("/api", StringComparison.Ordinal) && !what.StartsWith("body ", StringComparison.Ordinal) && what != "empty multipart"
                        && !HasFieldErrors(await response.Content.ReadAsStringAsync()))
                        unnamed.Add(label + " " + Trim(await response.Content.ReadAsStringAsync()));
                    var after = await counts.TakeAsync();
                    if (RowCounts.Difference(before, after) is { } diff) written.Add(label + " wrote " + diff);
                    before = after;
                }
                else before = await counts.TakeAsync();
            }
        }

        output.WriteLine($"operations covered: {operations}; hostile requests sent: {sent}; 5xx: {fiveHundreds.Count}; " +
                         $"4xx without problem details: {notProblems.Count}; 4xx that wrote: {written.Count}; " +
                         $"implausible dates sent: {datesSent}, not refused naming the field and range: {implausibleDates.Count}; 400 naming no field: {unnamed.Count}");
        foreach (var line in fiveHundreds.Concat(notProblems).Concat(written).Concat(implausibleDates).Concat(unnamed).Take(120)) output.WriteLine(line);
        Assert.True(operations > 50, $"only {operations} operations in the OpenAPI document");
        Assert.True(fiveHundreds.Count == 0, "5xx:\n" + string.Join("\n", fiveHundreds.Take(40)));
        Assert.True(notProblems.Count == 0, "4xx without problem details:\n" + string.Join("\n", notProblems.Take(40)));
        Assert.True(written.Count == 0, "4xx that wrote rows:\n" + string.Join("\n", written.Take(40)));
        Assert.True(datesSent > 10, $"only {datesSent} implausible dates reached an endpoint");
        Assert.True(implausibleDates.Count == 0, "implausible dates not refused with the field and range:\n" + string.Join("\n", implausibleDates.Take(40)));
        Assert.True(unnamed.Count == 0, "400 naming no field:\n" + string.Join("\n", unnamed.Take(40)));
    }

    /// <summary>A year-9999 date (or date-time) in a date field.</summary>
    /// (A date-time in a date field is a wrong format: refused naming the field, checked as every 4xx is.)
    private static bool IsImplausible(JsonNode? schema, JsonObject? schemas, JsonNode? value) =>
        Format(Resolve(schema, schemas)) is { } format and ("date" or "date-time") && value is JsonValue v && v.TryGetValue<string>(out var s)
        && s.StartsWith("9999-", StringComparison.Ordinal) && s.Contains('T') == (format == "date-time");

    /// <summary>Problem details whose <c>errors</c> has the field (its JSON path, compared without case).</summary>
    private static bool NamesField(string problem, string field)
    {
        try
        {
            return JsonNode.Parse(problem)?["errors"] is JsonObject errors
                   && errors.Any(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase) || e.Key.EndsWith("." + field, StringComparison.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasFieldErrors(string problem)
    {
        try
        {
            return JsonNode.Parse(problem)?["errors"] is JsonObject { Count: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Trim(string s) => s.Length > 300 ? s[..300] : s;

    private static string Show(object? value)
    {
        var s = value switch { null => "null", JsonNode n => n.ToJsonString(), _ => value.ToString() ?? "" };
        return s.Length > 40 ? s[..20] + $"…({s.Length} chars)" : s;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? body, bool multipart)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        if (body is not null && method != "get")
            request.Content = multipart
                ? new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x") } }
                : new StringContent(body, Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    private static string Url(string path, List<JsonObject> parameters, string tenant, string? hostileName, JsonNode? hostile)
    {
        var query = new List<string>();
        foreach (var p in parameters)
        {
            var name = (string)p["name"]!;
            var value = name == hostileName ? (hostile is JsonValue v && v.TryGetValue<string>(out var s) ? s : hostile?.ToJsonString() ?? "")
                : PathValue(name, p["schema"], tenant);
            if ((string?)p["in"] == "path") path = path.Replace("{" + name + "}", Uri.EscapeDataString(value));
            else if ((string?)p["in"] == "query" && (name == hostileName || p["required"]?.GetValue<bool>() == true))
                query.Add(name + "=" + Uri.EscapeDataString(value));
        }
        return query.Count == 0 ? path : path + "?" + string.Join("&", query);
    }

    private static string PathValue(string name, JsonNode? schema, string tenant) => Format(schema) switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date" => "2026-06-01",
        "date-time" => "2026-06-01T10:00:00Z",
        _ when IsNumber(schema) => name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026" : "1",
        _ => name is "tenant" or "slug" ? tenant : "x",
    };

    private static string[] Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray a => a.Select(t => (string)t!).ToArray(),
        JsonValue v => [(string)v!],
        _ => [],
    };

    private static string? Format(JsonNode? schema) => (string?)schema?["format"];

    private static bool IsNumber(JsonNode? schema) => Types(schema).Any(t => t is "integer" or "number");

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var i = 0; i < 5 && schema?["$ref"] is { } r; i++)
            schema = schemas?[((string)r!).Split('/')[^1]];
        if (schema?["oneOf"] is JsonArray one) return Resolve(one.FirstOrDefault(s => Types(Resolve(s, schemas)).FirstOrDefault() != "null"), schemas);
        if (schema?["anyOf"] is JsonArray any) return Resolve(any.FirstOrDefault(s => Types(Resolve(s, schemas)).FirstOrDefault() != "null"), schemas);
        if (schema?["allOf"] is JsonArray all && all.Count > 0) return Resolve(all[0], schemas);
        return schema;
    }

    /// <summary>A plausible value for a schema: the baseline every hostile value replaces one field of.</summary>
    private static JsonNode? Example(JsonNode? schema, JsonObject? schemas, int depth)
    {
        schema = Resolve(schema, schemas);
        if (schema is null || depth > 6) return null;
        var types = Types(schema);
        if (schema["enum"] is JsonArray values && values.Count > 0) return values[0]?.DeepClone();
        if (types.Contains("object") || schema["properties"] is not null)
        {
            var o = new JsonObject();
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                o[name] = Example(property, schemas, depth + 1);
            return o;
        }
        if (types.Contains("array")) return new JsonArray(Example(schema["items"], schemas, depth + 1));
        if (types.Contains("boolean")) return false;
        if (IsNumber(schema)) return types.Contains("integer") ? 1 : 1.5;
        return Format(schema) switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date" => "2026-06-01",
            "date-time" => "2026-06-01T10:00:00Z",
            "email" => "hostile@test.burgerprofiel.be",
            _ => "Test",
        };
    }

    /// <summary>Every scalar field, as a path into the baseline (<c>address.street</c>, <c>lines[0].amount</c>).</summary>
    private static IEnumerable<(string Path, JsonNode Schema)> Leaves(JsonNode? schema, JsonObject? schemas, string path, int depth)
    {
        schema = Resolve(schema, schemas);
        if (schema is null || depth > 6) yield break;
        var types = Types(schema);
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
                foreach (var leaf in Leaves(property, schemas, path.Length == 0 ? name : path + "." + name, depth + 1))
                    yield return leaf;
        }
        else if (types.Contains("array"))
        {
            foreach (var leaf in Leaves(schema["items"], schemas, path + "[0]", depth + 1)) yield return leaf;
        }
        else if (path.Length > 0) yield return (path, schema);
    }

    private static JsonNode?[][] ValuesFor(JsonNode? schema, JsonObject? schemas)
    {
        schema = Resolve(schema, schemas);
        if (Format(schema) is "date" or "date-time") return Dates;
        if (Types(schema).Contains("boolean")) return Booleans;
        if (IsNumber(schema)) return Numbers;
        return Strings;
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Replace("[0]", ".[0]").Split('.');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
            node = parts[i] == "[0]" ? node.AsArray()[0]! : node[parts[i]]!;
        if (parts[^1] == "[0]") node.AsArray()[0] = value;
        else node[parts[^1]] = value;
    }

    /// <summary>Row counts of every table of every module (one statement), to prove a refused request wrote nothing.</summary>
    private sealed class RowCounts
    {
        private readonly IServiceProvider _services;
        private readonly string _sql;
        private readonly Type _first;

        public RowCounts(IServiceProvider services)
        {
            _services = services;
            using var scope = services.CreateScope();
            var types = scope.ServiceProvider.GetRequiredService<ModuleDbContexts>().Types;
            _first = types[0];
            var tables = new SortedSet<string>();
            foreach (var type in types)
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(type);
                foreach (var entity in context.Model.GetEntityTypes())
                {
                    var table = entity.GetTableName();
                    if (table is null || table.Contains("DataProtection", StringComparison.OrdinalIgnoreCase)) continue;
                    tables.Add(entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"");
                }
            }
            _sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t.Replace("\"", "")}', COUNT(*) FROM {t}"));
        }

        public async Task<Dictionary<string, long>> TakeAsync()
        {
            using var scope = _services.CreateScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(_first);
            DbConnection connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = _sql;
            var result = new Dictionary<string, long>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) result[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1));
            await connection.CloseAsync();
            return result;
        }

        public static string? Difference(Dictionary<string, long> before, Dictionary<string, long> after)
        {
            var changed = after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)}→{a.Value}").ToList();
            return changed.Count == 0 ? null : string.Join(", ", changed);
        }
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class HostileInputOnSqlite(ITestOutputHelper output) : HostileInputSuite(output)
{
    protected override PlatformApp NewApp() => new SqliteApp();
}

[Collection(OwnHostsCollection.Name)]
public sealed class HostileInputOnPostgres(ITestOutputHelper output) : HostileInputSuite(output)
{
    protected override PlatformApp NewApp() => new PostgresApp();

    // Every value runs on SQLite; here one of each kind per field (see SampleOneValuePerKind): the same endpoints, fields
    // and kinds of hostility, at about a third of the requests.
    protected override bool SampleOneValuePerKind => true;
}
