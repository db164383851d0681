using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.StatusPage;

/// <summary><c>GET /api/apps/{tenant}/status</c>: only the components behind the features the tenant's published app
/// uses (mapped on the component), a banner, an ETag.</summary>
public abstract class AppStatusTests(PlatformApp app) : DatabaseTest(app)
{
    private StatusFixtureData Data => new(App);

    [SkippableFact]
    public async Task A_tenant_sees_only_components_behind_its_published_features_with_a_banner_and_an_etag()
    {
        var data = Data;
        var product = await data.ProductAsync(3);
        var (documents, waste, unmapped) = (product.Components[0], product.Components[1], product.Components[2]);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{documents}/features", new { featureKeys = new[] { "documents", "certificates" } }), HttpStatusCode.NoContent);
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{waste}/features", new { featureKeys = new[] { "waste-calendar" } }), HttpStatusCode.NoContent);
        var invalid = await data.Agent.PutAsJsonAsync($"/api/status/components/{unmapped}/features", new { featureKeys = new[] { "bestaat-niet" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.StartsWith("De functie \"bestaat-niet\" bestaat niet.", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("featureKeys")[0].GetString());

        var tenant = await Api.CreateTenantAsync("app");
        var admin = Api.Admin();
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync($"/api/apps/{tenant.Slug}/status")).StatusCode); // nothing published yet
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/branding", Branding());
        await PublishAsync(admin, tenant.Slug);

        var first = await Api.Anonymous().GetAsync($"/api/apps/{tenant.Slug}/status");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var ids = body.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(documents, ids); // core features are in every app
        Assert.DoesNotContain(waste, ids); // the waste calendar is not switched on
        Assert.DoesNotContain(unmapped, ids);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("banner").ValueKind);
        var etag = first.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/apps/{tenant.Slug}/status");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Api.Anonymous().SendAsync(again)).StatusCode);

        // An outage of a component the app does not use says nothing; one it uses fills the banner.
        await data.OpenIncidentAsync(waste, "Afvalkalender plat " + product.Slug);
        var quiet = JsonDocument.Parse(await Api.Anonymous().GetStringAsync($"/api/apps/{tenant.Slug}/status")).RootElement;
        Assert.Equal(JsonValueKind.Null, quiet.GetProperty("banner").ValueKind);
        Assert.Equal("none", quiet.GetProperty("status").GetProperty("indicator").GetString());
        await data.OpenIncidentAsync(documents, "Documenten traag " + product.Slug, "PartialOutage");
        var loud = await Api.Anonymous().GetAsync($"/api/apps/{tenant.Slug}/status");
        Assert.NotEqual(etag, loud.Headers.ETag);
        var banner = JsonDocument.Parse(await loud.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("major", banner.GetProperty("banner").GetProperty("level").GetString());
        Assert.Equal($"Storing: Documenten traag {product.Slug}. We onderzoeken het probleem.", banner.GetProperty("banner").GetProperty("text").GetString());
        Assert.Equal("partial_outage", banner.GetProperty("status").GetProperty("status").GetString());

        // Switching the waste calendar on and publishing brings its component in.
        await PutOkAsync(admin, $"/api/tenants/{tenant.Slug}/draft/features/waste-calendar", WasteCalendar());
        await PublishAsync(admin, tenant.Slug);
        var withWaste = JsonDocument.Parse(await Api.Anonymous().GetStringAsync($"/api/apps/{tenant.Slug}/status")).RootElement;
        Assert.Contains(waste, withWaste.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal("critical", withWaste.GetProperty("banner").GetProperty("level").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync("/api/apps/bestaat-niet-xyz/status")).StatusCode);

        // The per-city page shows the same components: those behind the city's app.
        await Api.EnsureAsync(await data.Agent.PutAsJsonAsync($"/api/status/components/{waste}/features", new { featureKeys = new[] { "wallet" } }), HttpStatusCode.NoContent);
        var city = await Api.Anonymous().GetStringAsync($"/status?bestuur={tenant.Slug}");
        Assert.Contains($"Status voor Gemeente {tenant.Slug}", city);
        Assert.Contains($"<strong>Onderdeel 1 van {product.Slug}</strong>", city);
        Assert.DoesNotContain($"<strong>Onderdeel 2 van {product.Slug}</strong>", city);
        Assert.DoesNotContain($"<strong>Onderdeel 3 van {product.Slug}</strong>", city);
        Assert.Contains("Documenten traag " + product.Slug, city);
        Assert.DoesNotContain("Afvalkalender plat " + product.Slug, city);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync("/status?bestuur=bestaat-niet-xyz")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AppStatusOnSqlite(SqliteApp app) : AppStatusTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AppStatusOnPostgres(PostgresApp app) : AppStatusTests(app);
