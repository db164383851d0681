using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>The mobile app's configuration: only the published version, only public settings, ETag/304, invalidated on publish.</summary>
public abstract class AppConfigApiTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Unknown_or_unpublished_tenant_is_404()
    {
        var tenant = await Api.CreateTenantAsync("cfg");
        var anonymous = Api.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/apps/{tenant.Slug}/config")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/apps/bestaat-niet-xyz/config")).StatusCode);
        // Publishing makes it appear at once on this node (the "not published" answer was cached).
        await PublishAsync(Api.Admin(), tenant.Slug);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/apps/{tenant.Slug}/config")).StatusCode);
    }

    [SkippableFact]
    public async Task Config_has_the_documented_shape_and_only_public_settings()
    {
        var tenant = await Api.CreateTenantAsync("cfg");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "Spoc", name = "Sam Spoc", email = "spoc-geheim@stad.be" }), HttpStatusCode.Created);
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/waste-calendar", WasteCalendar("zeer-geheime-sleutel"));
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/report-issue", new
        {
            enabled = true,
            settings = new { mailbox = "intern-meldpunt@stad.be", categories = new[] { new { name = "Zwerfvuil", mailbox = "netheid-intern@stad.be" } } },
        });
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#004B87", "Stad Test"));
        await PublishAsync(admin, tenant.Slug);

        var response = await Api.Anonymous().GetAsync($"/api/apps/{tenant.Slug}/config");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "zeer-geheime-sleutel", "apiKey", "spoc-geheim", "Sam Spoc", "intern-meldpunt", "netheid-intern", "kbo" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1, json.GetProperty("configVersion").GetInt32());
        Assert.Equal(tenant.Slug, json.GetProperty("tenant").GetProperty("slug").GetString());
        Assert.Equal("Gemeente " + tenant.Slug, json.GetProperty("tenant").GetProperty("name").GetString());
        Assert.Equal("#004B87", json.GetProperty("branding").GetProperty("colors").GetProperty("primary").GetString());
        Assert.Equal("Stad Test", json.GetProperty("branding").GetProperty("appName").GetString());
        var features = json.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(["notifications", "documents", "certificates", "personal-data", "covid-certificate", "report-issue", "waste-calendar"],
            features.Keys.ToArray());
        Assert.Equal("https://www.recycleapp.be/gent", features["waste-calendar"].GetProperty("settings").GetProperty("calendarUrl").GetString());
        Assert.Equal("Zwerfvuil", features["report-issue"].GetProperty("settings").GetProperty("categories")[0].GetString());
        Assert.False(features.ContainsKey("wallet"), "not switched on");
    }

    private static object ContactOptions(object? exceptions) => new
    {
        enabled = true,
        settings = new
        {
            services = new[]
            {
                new
                {
                    name = "Burgerzaken", address = new { street = "Botermarkt 1", postalCode = "9000", city = "Gent" }, phone = "09 210 10 10",
                    openingHours = exceptions is null
                        ? (object)new { monday = new[] { new { from = "09:00", to = "12:00" } } }
                        : new { monday = new[] { new { from = "09:00", to = "12:00" } }, exceptions },
                },
            },
        },
    };

    [SkippableFact]
    public async Task Opening_hours_exceptions_reach_the_app_and_versions_without_them_still_read()
    {
        var tenant = await Api.CreateTenantAsync("cfx");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var path = $"/api/tenants/{tenant.Slug}/draft/features/contact-options";
        await PutOkAsync(admin, path, ContactOptions(null)); // the shape from before exceptions existed
        await PublishAsync(admin, tenant.Slug);
        var before = await Api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/apps/{tenant.Slug}/config");
        Assert.Equal("[]", Hours(before).GetProperty("exceptions").GetRawText());

        var duplicate = await admin.PutAsJsonAsync(path, ContactOptions(new[] { new { date = "2026-12-25" }, new { date = "2026-12-25" } }));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("De datum 25/12/2026 staat er twee keer in.", await duplicate.Content.ReadAsStringAsync());

        await PutOkAsync(admin, path, ContactOptions(new object[]
        {
            new { date = "2026-12-25", reason = "Kerstmis" },
            new { date = "2026-12-24", hours = new[] { new { from = "09:00", to = "12:00" } }, reason = "Kerstavond" },
        }));
        await PublishAsync(admin, tenant.Slug);
        var after = await Api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/apps/{tenant.Slug}/config");
        Assert.Equal(2, after.GetProperty("configVersion").GetInt32());
        Assert.Equal("""[{"date":"2026-12-24","hours":[{"from":"09:00","to":"12:00"}],"reason":"Kerstavond"},{"date":"2026-12-25","hours":[],"reason":"Kerstmis"}]""",
            Hours(after).GetProperty("exceptions").GetRawText());
        Assert.Equal("""[{"from":"09:00","to":"12:00"}]""", Hours(after).GetProperty("monday").GetRawText());

        static JsonElement Hours(JsonElement config) => config.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "contact-options").GetProperty("settings").GetProperty("services")[0].GetProperty("openingHours");
    }

    [SkippableFact]
    public async Task Strong_etag_and_if_none_match_gives_304()
    {
        var tenant = await Api.CreateTenantAsync("cfg");
        await PublishAsync(Api.Admin(), tenant.Slug);
        var client = Api.Anonymous();
        var first = await client.GetAsync($"/api/apps/{tenant.Slug}/config");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl.Public);

        foreach (var value in new[] { etag.Tag, "W/" + etag.Tag, $"\"other\", {etag.Tag}", "*" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/apps/{tenant.Slug}/config");
            request.Headers.TryAddWithoutValidation("If-None-Match", value);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Equal(etag, response.Headers.ETag);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
        var stale = new HttpRequestMessage(HttpMethod.Get, $"/api/apps/{tenant.Slug}/config");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"iets-anders\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [SkippableFact]
    public async Task Publishing_invalidates_the_cached_config()
    {
        var tenant = await Api.CreateTenantAsync("cfg");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#1A4F8B"));
        await PublishAsync(admin, tenant.Slug);
        var client = Api.Anonymous();
        var v1 = await client.GetAsync($"/api/apps/{tenant.Slug}/config");
        Assert.Contains("#1A4F8B", await v1.Content.ReadAsStringAsync());

        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding("#6A1B9A"));
        // The draft is not served until published.
        Assert.Contains("#1A4F8B", await client.GetStringAsync($"/api/apps/{tenant.Slug}/config"));
        await PublishAsync(admin, tenant.Slug);

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/apps/{tenant.Slug}/config");
        request.Headers.IfNoneMatch.Add(v1.Headers.ETag!);
        var v2 = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
        Assert.NotEqual(v1.Headers.ETag, v2.Headers.ETag);
        var json = JsonDocument.Parse(await v2.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, json.GetProperty("configVersion").GetInt32());
        Assert.Equal("#6A1B9A", json.GetProperty("branding").GetProperty("colors").GetProperty("primary").GetString());
    }

    [SkippableFact]
    public async Task Logo_is_sanitised_and_served_under_a_content_hashed_url()
    {
        var tenant = await Api.CreateTenantAsync("logo");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10" fill="#1A4F8B"/></svg>""";
        var upload = new ByteArrayContent(Encoding.UTF8.GetBytes(svg));
        upload.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        await Api.EnsureAsync(await admin.PutAsync($"/api/tenants/{tenant.Slug}/draft/logo", upload), HttpStatusCode.OK);
        await PublishAsync(admin, tenant.Slug);

        var config = JsonDocument.Parse(await Api.Anonymous().GetStringAsync($"/api/apps/{tenant.Slug}/config")).RootElement;
        var logoUrl = new Uri(config.GetProperty("branding").GetProperty("logoUrl").GetString()!);
        Assert.Matches($"^/api/apps/{tenant.Slug}/logo/[0-9a-f]{{64}}\\.svg$", logoUrl.AbsolutePath);
        var logo = await Api.Anonymous().GetAsync(logoUrl.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", logo.Headers.CacheControl!.ToString());
        var served = await logo.Content.ReadAsStringAsync();
        Assert.DoesNotContain("script", served);
        Assert.DoesNotContain("onload", served);
        Assert.Contains("<rect", served);

        var bad = new ByteArrayContent("GIF89a-geen-logo"u8.ToArray());
        bad.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var refused = await admin.PutAsync($"/api/tenants/{tenant.Slug}/draft/logo", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("PNG- of SVG", await refused.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AppConfigApiOnSqlite(SqliteApp app) : AppConfigApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AppConfigApiOnPostgres(PostgresApp app) : AppConfigApiTests(app);
