using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Security;

/// <summary>Platform admins' people and keys through the API: invitation (the person chooses the password from a one-time
/// link), last sign-in, role change, reporters refused (their seats are the tenant admin's), deactivation stops keys,
/// key expiry and revocation, last use, and the admin audit of each action.</summary>
public abstract partial class PeopleAndAccessTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Invited_user_sets_a_password_then_role_change_deactivation_and_keys_are_audited()
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("pa");
        var email = $"uitgenodigd-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var bad = await admin.PostAsJsonAsync("/api/admin/users/invitations", new { email, displayName = "Ria", role = "Reporter", tenant = tenant.Slug });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Melders", await bad.Content.ReadAsStringAsync());
        var invited = await admin.PostAsJsonAsync("/api/admin/users/invitations", new { email, displayName = "Tom Beheer", role = "TenantAdmin", tenant = tenant.Slug });
        await Api.EnsureAsync(invited, HttpStatusCode.Created);
        var id = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var link = new Uri(SetPasswordLink().Match(Assert.Single(Mailbox.To(App, email)).TextBody!).Value).PathAndQuery;
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await anonymous.GetStringAsync(link);
        var set = await anonymous.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = "Eigen-wachtwoord-123", ["Confirm"] = "Eigen-wachtwoord-123", ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        await Api.SignInAsync(email, "Eigen-wachtwoord-123");
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users")).EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastSignInAt").ValueKind);

        var badRole = await admin.PutAsJsonAsync($"/api/admin/users/{id}/role", new { role = "TenantAdmin" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode); // a tenant-bound role needs its tenant
        await Api.EnsureAsync(await admin.PutAsJsonAsync($"/api/admin/users/{id}/role", new { role = "Finance" }), HttpStatusCode.NoContent);
        listed = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users")).EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id);
        Assert.Equal("Finance", listed.GetProperty("roles")[0].GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("tenantId").ValueKind);

        var past = await admin.PostAsJsonAsync($"/api/admin/users/{id}/api-keys", new { name = "oud", expiresOn = "2020-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var created = await admin.PostAsJsonAsync($"/api/admin/users/{id}/api-keys", new { name = "boekhouding", expiresOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd") });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        var asUser = Api.WithKey(key.GetProperty("key").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await asUser.GetAsync("/api/me")).StatusCode);
        var keys = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{id}/api-keys");
        Assert.NotEqual(JsonValueKind.Null, keys[0].GetProperty("lastUsedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, keys[0].GetProperty("expiresAt").ValueKind);
        Assert.DoesNotContain(key.GetProperty("key").GetString()!, keys.GetRawText());

        await Api.EnsureAsync(await admin.PostAsync($"/api/admin/users/{id}/deactivate", null), HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asUser.GetAsync("/api/me")).StatusCode);
        await Api.EnsureAsync(await admin.PostAsync($"/api/admin/users/{id}/reactivate", null), HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.OK, (await asUser.GetAsync("/api/me")).StatusCode);
        await Api.EnsureAsync(await admin.DeleteAsync($"/api/admin/api-keys/{key.GetProperty("id").GetGuid()}"), HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asUser.GetAsync("/api/me")).StatusCode);

        var audit = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit")).EnumerateArray()
            .Where(a => a.GetProperty("subjectUserId").GetGuid() == id).Select(a => a.GetProperty("action").GetString()).ToList();
        foreach (var action in new[] { "user.invited", "user.role-changed", "apikey.created", "user.deactivated", "user.reactivated", "apikey.revoked" })
            Assert.Contains(action, audit);
    }

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex SetPasswordLink();
}

[Collection(SqliteCollection.Name)]
public sealed class PeopleAndAccessOnSqlite(SqliteApp app) : PeopleAndAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeopleAndAccessOnPostgres(PostgresApp app) : PeopleAndAccessTests(app);
