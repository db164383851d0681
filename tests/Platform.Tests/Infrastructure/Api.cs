using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Infrastructure;

/// <summary>Test helpers that go through the real HTTP API, as an operator's script would.</summary>
public sealed class Api(PlatformApp app)
{
    private static int _kboSequence = Random.Shared.Next(1_000_000, 9_000_000);

    public HttpClient Anonymous() => app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });

    public HttpClient WithKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient Admin() => WithKey(app.AdminKey);

    public sealed record TestTenant(string Slug, Guid Id);

    public sealed record TestUser(Guid Id, string Email, string Key, string Role, string? Tenant);

    /// <summary>Onboards a new tenant with a unique slug and a valid, unique KBO number.</summary>
    public async Task<TestTenant> CreateTenantAsync(string prefix = "t", int inhabitants = 20_000)
    {
        var slug = $"{prefix}-{Guid.NewGuid():N}"[..20];
        var response = await Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug, name = "Gemeente " + slug, kbo = NewKbo(), nisCode = "44021",
            address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
            inhabitants = new[] { new { year = 2026, count = inhabitants } },
        });
        await EnsureAsync(response, HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TestTenant(slug, body.GetProperty("id").GetGuid());
    }

    /// <summary>Creates a user in a role (and tenant) and an API key for it.</summary>
    public async Task<TestUser> CreateUserAsync(string role, string? tenant = null, string? password = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var created = await Admin().PostAsJsonAsync("/api/admin/users",
            new { email, displayName = "Test " + role, role, tenant, password });
        await EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var keyResponse = await Admin().PostAsJsonAsync($"/api/admin/users/{id}/api-keys", new { name = "test" });
        await EnsureAsync(keyResponse, HttpStatusCode.Created);
        var key = (await keyResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return new TestUser(id, email, key, role, tenant);
    }

    /// <summary>Signs in through the real login form; the returned client carries the session cookie.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress, HandleCookies = true });
        var token = await FormTokenAsync(client, "/aanmelden");
        var response = await client.PostAsync("/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return match.Groups[1].Value;
    }

    public static string NewKbo()
    {
        var body = Interlocked.Increment(ref _kboSequence) % 10_000_000; // 0xxxxxxx: an enterprise number
        return $"{body:D8}{97 - body % 97:D2}";
    }

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync();
        var server = (int)response.StatusCode >= 500 ? "\nThe server logged:\n" + ServerErrors.For(TraceId(body)) : "";
        Assert.Fail($"Expected {(int)expected} but got {(int)response.StatusCode}: {body}{server}");
    }

    private static string? TraceId(string problem)
    {
        var match = System.Text.RegularExpressions.Regex.Match(problem, "\"traceId\":\"00-([0-9a-f]{32})-");
        return match.Success ? match.Groups[1].Value : null;
    }
}
