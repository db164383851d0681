using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Ical.Net;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.StatusPage;

/// <summary>The public page, its caching, the Atom and iCalendar feeds, and who may manage the status page.</summary>
public abstract class StatusPublicTests(PlatformApp app) : DatabaseTest(app)
{
    private StatusFixtureData Data => new(App);

    [SkippableFact]
    public async Task Public_page_shows_an_open_incident_its_update_and_a_90_day_bar_anonymously()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var incident = await data.OpenIncidentAsync(product.Components[0], "Aanmelden lukt niet " + product.Slug);
        var update = await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates",
            new { status = "Identified", message = "De oorzaak is een verlopen certificaat." });
        await Api.EnsureAsync(update, HttpStatusCode.OK);

        var response = await Api.Anonymous().GetAsync($"/status?product={product.Slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Aanmelden lukt niet " + product.Slug, html);
        Assert.Contains("De oorzaak is een verlopen certificaat.", html);
        Assert.Contains("Oorzaak gevonden", html);
        Assert.Contains("Grote storing", html); // the overall state in words
        Assert.Equal(2 * 90, CountCells(html)); // a cell per day for each of the two components
        var today = global::Platform.Kernel.Formatting.Dutch.Date(DateTimeOffset.UtcNow);
        Assert.Contains($"{today}: ", html);
        Assert.Contains("1 storing (ergste toestand: grote storing)", html);
        Assert.DoesNotContain("<script", html);

        // By name, as the contract writes it, too.
        var byName = await Api.Anonymous().GetAsync("/status?product=" + Uri.EscapeDataString(product.Name));
        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync("/status?product=bestaat-niet")).StatusCode);
    }

    private static int CountCells(string html) =>
        html.Split("<ol class=\"bar\"").Skip(1).Sum(part => CountOf(part[..part.IndexOf("</ol>", StringComparison.Ordinal)], "<li "));

    private static int CountOf(string text, string needle) => (text.Length - text.Replace(needle, "").Length) / needle.Length;

    [SkippableFact]
    public async Task Public_page_is_cacheable_with_an_etag_and_refreshes_when_data_changes()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var client = Api.Anonymous();
        var first = await client.GetAsync($"/status?product={product.Slug}");
        Assert.Equal("public, max-age=5", first.Headers.CacheControl?.ToString()); // never longer than a node keeps it
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/status?product={product.Slug}");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        await data.OpenIncidentAsync(product.Components[0], "Nieuwe storing " + product.Slug);
        var changed = await client.GetAsync($"/status?product={product.Slug}");
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Nieuwe storing " + product.Slug, await changed.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Past_incidents_are_paged_and_a_status_set_by_hand_wins()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        for (var i = 1; i <= 12; i++)
        {
            var id = await data.OpenIncidentAsync(product.Components[0], $"Historiek {i:D2} {product.Slug}", "PartialOutage");
            await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{id}/updates", new { status = "Resolved", message = "Opgelost." }), HttpStatusCode.OK);
        }
        var page1 = await Api.Anonymous().GetStringAsync($"/status/historiek?product={product.Slug}");
        Assert.Contains("Pagina 1 van 2", page1);
        Assert.Contains($"Historiek 12 {product.Slug}", page1);
        Assert.DoesNotContain($"Historiek 02 {product.Slug}", page1);
        var page2 = await Api.Anonymous().GetStringAsync($"/status/historiek?product={product.Slug}&pagina=2");
        Assert.Contains("Pagina 2 van 2", page2);
        Assert.Contains($"Historiek 01 {product.Slug}", page2);
        Assert.Contains($"Historiek 02 {product.Slug}", page2);
        Assert.DoesNotContain($"Historiek 03 {product.Slug}", page2);
        var main = await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}");
        Assert.Contains("Meer eerdere storingen", main);
        Assert.Contains("Alle systemen operationeel", main);

        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{product.Components[0]}/status", new { status = "DegradedPerformance" }), HttpStatusCode.NoContent);
        var manual = await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}");
        Assert.Contains("<p class=\"status-overall s-DegradedPerformance\">Verminderde prestaties</p>", manual);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{product.Components[0]}/status", new { status = (string?)null }), HttpStatusCode.NoContent);
        Assert.Contains("Alle systemen operationeel", await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}"));
    }

    [SkippableFact]
    public async Task Several_open_incidents_the_worst_wins_until_it_is_resolved()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var degraded = await data.OpenIncidentAsync(product.Components[0], "Traag " + product.Slug, "DegradedPerformance");
        var major = await data.OpenIncidentAsync(product.Components[0], "Plat " + product.Slug, "MajorOutage");
        async Task<string> StatusOf() => (await data.Agent.GetFromJsonAsync<JsonElement>("/api/status/products")).EnumerateArray()
            .Single(p => p.GetProperty("slug").GetString() == product.Slug).GetProperty("components")[0].GetProperty("status").GetString()!;
        Assert.Equal("MajorOutage", await StatusOf());
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{major}/updates", new { status = "Resolved", message = "Opgelost." }), HttpStatusCode.OK);
        Assert.Equal("DegradedPerformance", await StatusOf());
        // Lowering the level of an open incident closes one impact period and opens the next.
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync($"/api/status/incidents/{degraded}/updates", new
        {
            status = "Monitoring", message = "Bijna normaal.", impacts = Array.Empty<object>(),
        }), HttpStatusCode.OK);
        Assert.Equal("Operational", await StatusOf());
        var incident = await data.Agent.GetFromJsonAsync<JsonElement>($"/api/status/incidents/{degraded}");
        Assert.Equal("Monitoring", incident.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(incident.GetProperty("impacts").EnumerateArray()).GetProperty("end").ValueKind);
        Assert.Contains("Alle systemen operationeel", await Api.Anonymous().GetStringAsync($"/status?product={product.Slug}"));
    }

    [SkippableFact]
    public async Task Atom_feed_is_well_formed_atom_with_the_incident_and_maintenance_and_filters_by_product()
    {
        var data = Data;
        var product = await data.ProductAsync();
        var other = await data.ProductAsync(1);
        await data.OpenIncidentAsync(product.Components[0], "Feedstoring " + product.Slug);
        await data.OpenIncidentAsync(other.Components[0], "Andere storing " + other.Slug);
        var start = DateTimeOffset.UtcNow.AddDays(3);
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title = "Feedonderhoud " + product.Slug, description = "Database-upgrade.", start, end = start.AddHours(2),
            componentIds = new[] { product.Components[1] },
        }), HttpStatusCode.Created);

        var response = await Api.Anonymous().GetAsync($"/status/feed.atom?product={product.Slug}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        var titles = feed.Items.Select(i => i.Title.Text).ToList();
        Assert.Contains("Storing: Feedstoring " + product.Slug, titles);
        Assert.Contains("Gepland onderhoud: Feedonderhoud " + product.Slug, titles);
        Assert.DoesNotContain(titles, t => t.Contains(other.Slug));
        Assert.All(feed.Items, i => Assert.StartsWith("urn:uuid:", i.Id));

        using var all = XmlReader.Create(await Api.Anonymous().GetStreamAsync("/status/feed.atom"));
        Assert.Contains(SyndicationFeed.Load(all).Items, i => i.Title.Text.Contains(other.Slug));
    }

    [SkippableFact]
    public async Task Maintenance_calendar_parses_and_holds_the_window_in_brussels_time()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        // 10 June 2027 20:00 UTC = 22:00 in Brussels (summer time, UTC+2).
        var start = new DateTimeOffset(2027, 6, 10, 20, 0, 0, TimeSpan.Zero);
        var title = "Kalenderonderhoud " + product.Slug;
        await Api.EnsureAsync(await data.Agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title, description = "Upgrade van de app-configuratie-API.", start, end = start.AddMinutes(90),
            componentIds = new[] { product.Components[0] },
        }), HttpStatusCode.Created);

        var response = await Api.Anonymous().GetAsync("/status/maintenance.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var e = Assert.Single(calendar.Events, x => x.Summary == title);
        Assert.Equal("Europe/Brussels", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 6, 10, 22, 0, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2027, 6, 10, 23, 30, 0), e.DtEnd!.Value);
        Assert.Equal(start.UtcDateTime, e.DtStart.AsUtc);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Brussels");
    }

    [SkippableFact]
    public async Task Only_agents_and_platform_admins_manage_the_status_page_and_changes_are_audited()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var tenant = await Api.CreateTenantAsync();
        foreach (var role in new[] { "Finance", "TenantAdmin", "Reporter" })
        {
            var user = await Api.CreateUserAsync(role, role is "TenantAdmin" or "Reporter" ? tenant.Slug : null);
            var response = await Api.WithKey(user.Key).PostAsJsonAsync("/api/status/incidents",
                new { title = "x", message = "y", impacts = Array.Empty<object>() });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync("/api/status/incidents")).StatusCode);

        var incident = await data.OpenIncidentAsync(product.Components[0], "Geaudit " + product.Slug);
        var adminIncident = await Api.Admin().PostAsJsonAsync($"/api/status/incidents/{incident}/updates", new { status = "Resolved", message = "Opgelost." });
        await Api.EnsureAsync(adminIncident, HttpStatusCode.OK);
        var audit = await data.Agent.GetFromJsonAsync<JsonElement>($"/api/status/audit?entityId={incident}");
        Assert.Equal(["incident.resolved", "incident.opened"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()!).ToArray());
        var conflict = await data.Agent.PostAsJsonAsync($"/api/status/incidents/{incident}/updates", new { status = "Monitoring", message = "Toch niet." });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        var openApi = await Api.Anonymous().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/status/incidents", "/api/status/incidents/{id}/updates/preview", "/api/status/maintenance", "/api/status/webhooks", "/status/feed.atom" })
            Assert.Contains($"\"{path}\"", openApi);
    }

    [SkippableFact]
    public async Task Invalid_input_gets_dutch_validation_messages_and_preview_shows_the_mail()
    {
        var data = Data;
        var product = await data.ProductAsync(1);
        var invalid = await data.Agent.PostAsJsonAsync("/api/status/incidents",
            new { title = "", message = "", impacts = new[] { new { componentId = Guid.NewGuid(), level = "MajorOutage" } } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Geef de storing een titel.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Een van de onderdelen bestaat niet.", errors.GetProperty("impacts")[0].GetString());

        var preview = await data.Agent.PostAsJsonAsync("/api/status/incidents/preview", new
        {
            title = "Traag", status = "Investigating", message = "We kijken het na.",
            impacts = new[] { new { componentId = product.Components[0], level = "DegradedPerformance" } },
        });
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Storing: Traag", body.GetProperty("subject").GetString());
        Assert.Contains("verminderde prestaties", body.GetProperty("text").GetString());
        Assert.Empty(await data.EventsOfAsync(Guid.Empty));

        var insecure = await data.Agent.PostAsJsonAsync("/api/status/webhooks", new { url = "http://voorbeeld.be/hook" });
        Assert.Equal(HttpStatusCode.BadRequest, insecure.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatusPublicOnSqlite(SqliteApp app) : StatusPublicTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatusPublicOnPostgres(PostgresApp app) : StatusPublicTests(app);
