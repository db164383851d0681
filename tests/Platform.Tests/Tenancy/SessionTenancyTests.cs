using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Tenancy;

/// <summary>The same tenancy rules for a browser session (cookie), for the host-name strategy on its own, and
/// for accounts whose data is broken.</summary>
public abstract class SessionTenancyTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Sessie-wachtwoord-2026";

    [SkippableFact]
    public async Task Signed_in_tenant_admin_is_refused_another_tenant_and_cookie_writes_need_the_csrf_header()
    {
        var a = await Api.CreateTenantAsync("a");
        var b = await Api.CreateTenantAsync("b");
        var user = await Api.CreateUserAsync(Roles.TenantAdmin, a.Slug, Password);
        var session = await Api.SignInAsync(user.Email, Password);

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/api/tenants/{a.Slug}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/api/tenants/{b.Slug}/contacts")).StatusCode);

        var contact = new { role = "Spoc", name = "Loket", email = "loket@a.be" };
        var withoutToken = await session.PostAsJsonAsync($"/api/tenants/{a.Slug}/contacts", contact);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.DoesNotContain("Loket", await session.GetStringAsync($"/api/tenants/{a.Slug}/contacts"));

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{a.Slug}/contacts") { Content = JsonContent.Create(contact) };
        request.Headers.Add("X-CSRF-TOKEN", await Infrastructure.Api.FormTokenAsync(session, "/"));
        Assert.Equal(HttpStatusCode.Created, (await session.SendAsync(request)).StatusCode);
    }

    [SkippableFact]
    public async Task Host_name_alone_resolves_the_tenant_and_must_agree_with_the_claim()
    {
        var a = await Api.CreateTenantAsync("a");
        var b = await Api.CreateTenantAsync("b");
        var adminOfA = Api.WithKey((await Api.CreateUserAsync(Roles.TenantAdmin, a.Slug)).Key);

        Assert.Equal("\"" + a.Slug + "\"", await TenantSeenAsync(adminOfA, a.Slug));
        Assert.Equal(HttpStatusCode.Forbidden, (await adminOfA.SendAsync(MeOnHost(b.Slug))).StatusCode);
        Assert.Equal("\"" + b.Slug + "\"", await TenantSeenAsync(Api.Admin(), b.Slug));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Admin().SendAsync(MeOnHost("onbekend-" + Guid.NewGuid().ToString("N")[..6]))).StatusCode);
    }

    [SkippableFact]
    public async Task Tenant_bound_role_without_tenant_is_never_treated_as_staff()
    {
        var tenant = await Api.CreateTenantAsync();
        Guid userId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Only broken data can produce this: the API refuses to create it.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { Id = Guid.NewGuid(), UserName = $"kapot-{Guid.NewGuid():N}@x.be", Email = $"kapot-{Guid.NewGuid():N}@x.be", DisplayName = "Kapot" };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.TenantAdmin)).Succeeded);
            userId = user.Id;
        }
        var keyResponse = await Api.Admin().PostAsJsonAsync($"/api/admin/users/{userId}/api-keys", new { name = "kapot" });
        var key = (await keyResponse.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("key").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.WithKey(key).GetAsync($"/api/tenants/{tenant.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.WithKey(key).GetAsync($"/api/tenants/{tenant.Slug}/contacts")).StatusCode);
    }

    private static HttpRequestMessage MeOnHost(string slug)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Host = $"{slug}.{PlatformApp.HostSuffix}";
        return request;
    }

    private static async Task<string> TenantSeenAsync(HttpClient client, string slug)
    {
        var response = await client.SendAsync(MeOnHost(slug));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return me.GetProperty("tenant").GetRawText();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SessionTenancyOnSqlite(SqliteApp app) : SessionTenancyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SessionTenancyOnPostgres(PostgresApp app) : SessionTenancyTests(app);
