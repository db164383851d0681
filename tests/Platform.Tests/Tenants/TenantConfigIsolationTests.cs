using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>A tenant admin of A can neither read nor change B's draft, versions, contacts, logo, audit or invitations.</summary>
public abstract class TenantConfigIsolationTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Tenant_admin_cannot_touch_another_tenants_configuration()
    {
        var a = await Api.CreateTenantAsync("a");
        var b = await Api.CreateTenantAsync("b");
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);
        var adminOfB = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", b.Slug)).Key);
        await PutOkAsync(adminOfB, $"/api/tenants/{b.Slug}/draft/branding", Branding("#1A4F8B", "Geheim B"));
        await PublishAsync(adminOfB, b.Slug);

        foreach (var path in new[] { "draft", "versions", "versions/1", "contacts", "audit", "invitations", "checklist", "contract" })
        {
            var read = await adminOfA.GetAsync($"/api/tenants/{b.Slug}/{path}");
            Assert.True(read.StatusCode == HttpStatusCode.Forbidden, $"{path}: {read.StatusCode}");
            Assert.DoesNotContain("Geheim B", await read.Content.ReadAsStringAsync());
        }
        var logo = new ByteArrayContent("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"""u8.ToArray());
        logo.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        var writes = new[]
        {
            await adminOfA.PutAsJsonAsync($"/api/tenants/{b.Slug}/draft/branding", Branding("#000000", "Overgenomen")),
            await adminOfA.PutAsJsonAsync($"/api/tenants/{b.Slug}/draft/features/waste-calendar", WasteCalendar()),
            await adminOfA.PutAsync($"/api/tenants/{b.Slug}/draft/logo", logo),
            await adminOfA.PostAsJsonAsync($"/api/tenants/{b.Slug}/publish", new { note = "x" }),
            await adminOfA.PostAsync($"/api/tenants/{b.Slug}/versions/1/rollback", null),
            await adminOfA.PostAsJsonAsync($"/api/tenants/{b.Slug}/contacts", new { role = "Spoc", name = "X", email = "x@a.be" }),
            await adminOfA.PostAsJsonAsync($"/api/tenants/{b.Slug}/invitations", new { email = "x@a.be", displayName = "X" }),
        };
        Assert.All(writes, w => Assert.Equal(HttpStatusCode.Forbidden, w.StatusCode));
        var versions = await adminOfB.GetFromJsonAsync<List<object>>($"/api/tenants/{b.Slug}/versions");
        Assert.Single(versions!);
        Assert.Contains("Geheim B", await adminOfB.GetStringAsync($"/api/tenants/{b.Slug}/draft"));
    }

    [SkippableFact]
    public async Task Logo_of_another_tenant_is_not_served_under_this_tenants_url()
    {
        var a = await Api.CreateTenantAsync("a");
        var b = await Api.CreateTenantAsync("b");
        var adminOfB = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", b.Slug)).Key);
        var logo = new ByteArrayContent("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>"""u8.ToArray());
        logo.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        await Api.EnsureAsync(await adminOfB.PutAsync($"/api/tenants/{b.Slug}/draft/logo", logo), HttpStatusCode.OK);
        var url = (await adminOfB.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tenants/{b.Slug}/draft")).GetProperty("logoUrl").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await Api.Anonymous().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Anonymous().GetAsync(url.Replace(b.Slug, a.Slug))).StatusCode);
    }

    [SkippableTheory]
    [InlineData("Reporter")]
    [InlineData("Finance")]
    [InlineData("Agent")]
    public async Task Other_roles_cannot_edit_or_publish(string role)
    {
        var a = await Api.CreateTenantAsync("r");
        var user = Api.WithKey((await Api.CreateUserAsync(role, role == "Reporter" ? a.Slug : null)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/api/tenants/{a.Slug}/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync($"/api/tenants/{a.Slug}/publish", new { })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TenantConfigIsolationOnSqlite(SqliteApp app) : TenantConfigIsolationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TenantConfigIsolationOnPostgres(PostgresApp app) : TenantConfigIsolationTests(app);
