using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Foundation;

/// <summary>The host itself: health, sign-in by API key, problem details, OpenAPI, headers. Runs on each provider.</summary>
public abstract class FoundationTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Health_checks_the_database()
    {
        var response = await Api.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Platform_admin_endpoint_needs_a_valid_api_key()
    {
        Assert.Equal(HttpStatusCode.OK, (await Api.Admin().GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.WithKey("not-a-key").GetAsync("/api/admin/users")).StatusCode);
    }

    [SkippableFact]
    public async Task Jobs_dashboard_is_for_platform_admins()
    {
        var response = await Api.Admin().GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Achtergrondtaken", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Api.Anonymous().GetAsync("/jobs")).StatusCode);
    }

    [SkippableFact]
    public async Task Revoked_api_key_no_longer_authenticates()
    {
        var user = await Api.CreateUserAsync("Finance");
        var client = Api.WithKey(user.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        var keys = await Api.Admin().PostAsJsonAsync($"/api/admin/users/{user.Id}/api-keys", new { name = "second" });
        var second = await keys.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NoContent,
            (await Api.Admin().DeleteAsync($"/api/admin/api-keys/{second.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.WithKey(second.GetProperty("key").GetString()!).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("Finance")]
    [InlineData("Agent")]
    [InlineData("TenantAdmin")]
    [InlineData("Reporter")]
    public async Task Other_roles_cannot_use_platform_admin_endpoints(string role)
    {
        var tenant = role is "TenantAdmin" or "Reporter" ? (await Api.CreateTenantAsync()).Slug : null;
        var user = await Api.CreateUserAsync(role, tenant);
        var client = Api.WithKey(user.Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/tenants", new { slug = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/jobs")).StatusCode);
    }

    [SkippableFact]
    public async Task Api_errors_are_problem_details_naming_each_bad_field()
    {
        var response = await Api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug = "Niet Geldig!", name = "", kbo = "0207.451.228", nisCode = "12",
            address = new { street = "", postalCode = "99", city = "Gent" },
            inhabitants = new[] { new { year = 1990, count = -5 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "slug", "name", "kbo", "nisCode", "address.street", "address.postalCode", "inhabitants[0].year", "inhabitants[0].count" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [SkippableFact]
    public async Task Duplicate_slug_or_kbo_is_a_conflict_and_nothing_is_written()
    {
        var tenant = await Api.CreateTenantAsync();
        var same = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}");
        var duplicateSlug = await Api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug = tenant.Slug, name = "Ander", kbo = Api.NewKbo(), address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
        });
        Assert.Equal(HttpStatusCode.Conflict, duplicateSlug.StatusCode);
        var duplicateKbo = await Api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug = "ander-" + Guid.NewGuid().ToString("N")[..8], name = "Ander", kbo = same.GetProperty("kbo").GetString(),
            address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
        });
        Assert.Equal(HttpStatusCode.Conflict, duplicateKbo.StatusCode);
        Assert.Equal("kbo", (await duplicateKbo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [SkippableFact]
    public async Task Onboarded_tenant_is_created_with_location_and_read_back()
    {
        var slug = "gent-" + Guid.NewGuid().ToString("N")[..8];
        var response = await Api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug, name = "Stad Gent", kbo = "0207.451.227".Replace("0207.451.227", Api.NewKbo()), nisCode = "44021",
            address = new { street = "Botermarkt 1", postalCode = "9000", city = "Gent" },
            inhabitants = new[] { new { year = 2023, count = 269_597 } },
        });
        await Infrastructure.Api.EnsureAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/tenants/{slug}", response.Headers.Location?.OriginalString);
        var read = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{slug}");
        Assert.Equal("Stad Gent", read.GetProperty("name").GetString());
        Assert.Equal(269_597, read.GetProperty("inhabitants")[0].GetProperty("count").GetInt32());
        var goLive = await Api.Admin().PutAsJsonAsync($"/api/tenants/{slug}/go-live", new { appStore = "2023-04-18", playStore = "2023-05-02" });
        Assert.Equal("2023-05-02", (await goLive.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("goLive").GetString());
    }

    [SkippableFact]
    public async Task Openapi_document_and_browsable_reference_are_served()
    {
        var doc = await Api.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/tenants", out _));
        var reference = await Api.Anonymous().GetAsync("/api-docs/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.ToString());
    }

    [SkippableFact]
    public async Task Pages_are_dutch_with_security_headers_and_a_correlation_id()
    {
        var response = await Api.Anonymous().GetAsync("/aanmelden");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl-BE\">", html);
        Assert.Contains("Wachtwoord", html);
        Assert.Contains("__RequestVerificationToken", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Correlation-Id").Single()));
    }

    [SkippableFact]
    public async Task Pages_need_sign_in_and_redirect_to_the_login_page()
    {
        var response = await Api.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Relative, so a forged Host header is never echoed into the redirect.
        Assert.False(response.Headers.Location?.IsAbsoluteUri);
        Assert.StartsWith("/aanmelden", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FoundationOnSqlite(SqliteApp app) : FoundationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FoundationOnPostgres(PostgresApp app) : FoundationTests(app);
