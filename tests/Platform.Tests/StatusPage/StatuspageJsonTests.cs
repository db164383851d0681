using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.StatusPage;

/// <summary>The Statuspage API v2 documents (<c>/api/v2/*.json</c>) against a JSON schema written from Statuspage's
/// documentation, with the data a test puts in, their ETag and their CORS headers.</summary>
public abstract class StatuspageJsonTests(PlatformApp app) : DatabaseTest(app)
{
    private StatusFixtureData Data => new(App);

    private static readonly string SchemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StatusPage", "Schemas", "statuspage-v2.schema.json"));

    public static TheoryData<string, string> Documents => new()
    {
        { "/api/v2/summary.json", "summary" },
        { "/api/v2/status.json", "statusDocument" },
        { "/api/v2/components.json", "componentsDocument" },
        { "/api/v2/incidents.json", "incidentsDocument" },
        { "/api/v2/incidents/unresolved.json", "incidentsDocument" },
        { "/api/v2/scheduled-maintenances.json", "maintenancesDocument" },
        { "/api/v2/scheduled-maintenances/upcoming.json", "maintenancesDocument" },
        { "/api/v2/scheduled-maintenances/active.json", "maintenancesDocument" },
    };

    /// <summary>Validates against one definition of the schema; fails with every error the validator found.</summary>
    internal static void AssertValid(string json, string definition)
    {
        var root = JsonNode.Parse(SchemaText)!.AsObject();
        root.Remove("$id");
        root["$ref"] = "#/$defs/" + definition;
        var schema = JsonSchema.FromText(root.ToJsonString());
        var result = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).ToList();
        Assert.True(result.IsValid, string.Join(Environment.NewLine, errors));
    }

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public async Task Every_document_follows_the_statuspage_schema_with_an_etag_and_cors(string path, string definition)
    {
        var data = Data;
        var product = await data.ProductAsync();
        await data.OpenIncidentAsync(product.Components[0], "JSON-storing " + product.Slug, "PartialOutage");
        var start = DateTimeOffset.UtcNow.AddDays(2);
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title = "JSON-onderhoud " + product.Slug, description = "Upgrade.", start, end = start.AddHours(1), componentIds = new[] { product.Components[1] },
        }), HttpStatusCode.Created);

        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://monitor.example");
        var response = await Api.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var json = await response.Content.ReadAsStringAsync();
        AssertValid(json, definition);

        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Api.Anonymous().SendAsync(again)).StatusCode);
    }

    [SkippableFact]
    public async Task Summary_carries_the_incident_the_maintenance_and_the_component_statuses()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var incident = await data.OpenIncidentAsync(product.Components[0], "Samenvatting " + product.Slug, "MajorOutage");
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var planned = await data.Agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title = "Gepland " + product.Slug, description = "Upgrade.", start, end = start.AddHours(1), componentIds = new[] { product.Components[1] },
        });
        await Api.EnsureAsync(planned, HttpStatusCode.Created);

        var summary = JsonDocument.Parse(await Api.Anonymous().GetStringAsync("/api/v2/summary.json")).RootElement;
        Assert.Equal("critical", summary.GetProperty("status").GetProperty("indicator").GetString());
        var components = summary.GetProperty("components").EnumerateArray().ToList();
        var group = components.Single(c => c.GetProperty("id").GetString() == product.Id.ToString());
        Assert.True(group.GetProperty("group").GetBoolean());
        Assert.Equal("major_outage", group.GetProperty("status").GetString());
        Assert.Equal(product.Components.Select(c => c.ToString()), group.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        var down = components.Single(c => c.GetProperty("id").GetString() == product.Components[0].ToString());
        Assert.Equal("major_outage", down.GetProperty("status").GetString());
        Assert.Equal(product.Id.ToString(), down.GetProperty("group_id").GetString());
        Assert.Equal("operational", components.Single(c => c.GetProperty("id").GetString() == product.Components[1].ToString()).GetProperty("status").GetString());

        var open = summary.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("id").GetString() == incident.ToString());
        Assert.Equal("Samenvatting " + product.Slug, open.GetProperty("name").GetString());
        Assert.Equal("investigating", open.GetProperty("status").GetString());
        Assert.Equal("critical", open.GetProperty("impact").GetString());
        Assert.Equal("We onderzoeken het probleem.", open.GetProperty("incident_updates")[0].GetProperty("body").GetString());
        var maintenance = summary.GetProperty("scheduled_maintenances").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Gepland " + product.Slug);
        Assert.Equal("scheduled", maintenance.GetProperty("status").GetString());
        Assert.Equal(start.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), maintenance.GetProperty("scheduled_for").GetString());

        var upcoming = await Api.Anonymous().GetStringAsync("/api/v2/scheduled-maintenances/upcoming.json");
        Assert.Contains("Gepland " + product.Slug, upcoming);
        Assert.DoesNotContain("Gepland " + product.Slug, await Api.Anonymous().GetStringAsync("/api/v2/scheduled-maintenances/active.json"));

        // Resolved: gone from unresolved.json, still in incidents.json with its resolved_at.
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates", new { status = "Resolved", message = "Opgelost." }), HttpStatusCode.OK);
        Assert.DoesNotContain(incident.ToString(), await Api.Anonymous().GetStringAsync("/api/v2/incidents/unresolved.json"));
        var all = JsonDocument.Parse(await Api.Anonymous().GetStringAsync("/api/v2/incidents.json")).RootElement;
        var resolved = all.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("id").GetString() == incident.ToString());
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("resolved_at").ValueKind);
    }

    [SkippableFact]
    public async Task A_cors_preflight_for_get_is_allowed_and_the_schema_rejects_a_wrong_document()
    {
        _ = App;
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v2/summary.json");
        preflight.Headers.Add("Origin", "https://monitor.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var response = await Api.Anonymous().SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());

        // The schema is not a rubber stamp: a wrong enum value and a missing field fail it.
        var json = await Api.Anonymous().GetStringAsync("/api/v2/status.json");
        Assert.ThrowsAny<Exception>(() => AssertValid(json.Replace("\"indicator\":\"", "\"indicator\":\"x"), "statusDocument"));
        Assert.ThrowsAny<Exception>(() => AssertValid(json.Replace("\"time_zone\"", "\"tz\""), "statusDocument"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatuspageJsonOnSqlite(SqliteApp app) : StatuspageJsonTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatuspageJsonOnPostgres(PostgresApp app) : StatuspageJsonTests(app);
