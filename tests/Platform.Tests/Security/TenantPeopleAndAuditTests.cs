using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Security;

/// <summary>A tenant admin invites admins and reporters (no password field: the person chooses one from a one-time link);
/// an outstanding invitation holds a reporter seat; the audit API shows the invitation and the password chosen, to the
/// tenant's admins (own tenant only) and platform admins, filtered, paged and as CSV.</summary>
public abstract partial class TenantPeopleAndAuditTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Invitations_hold_seats_the_invited_person_chooses_a_password_and_the_audit_shows_it()
    {
        var tenant = await Api.CreateTenantAsync("ta");
        var other = await Api.CreateTenantAsync("tb");
        var admin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", tenant.Slug)).Key);
        var people = $"/api/servicedesk/tenants/{tenant.Slug}/people";

        var missing = await admin.PostAsJsonAsync($"{people}/invitations", new { email = "", displayName = "", role = "Reporter" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("naam is verplicht", await missing.Content.ReadAsStringAsync());
        var email = $"melder-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var invited = await admin.PostAsJsonAsync($"{people}/invitations", new { email, displayName = "Ria Melder", role = "Reporter" });
        await Api.EnsureAsync(invited, HttpStatusCode.Created);
        var id = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var n = 2; n <= 3; n++)
            await Api.EnsureAsync(await admin.PostAsJsonAsync($"{people}/invitations",
                new { email = $"m{n}-{Guid.NewGuid():N}@test.burgerprofiel.be", displayName = $"Melder {n}" }), HttpStatusCode.Created);
        var fourth = await admin.PostAsJsonAsync($"{people}/invitations", new { email = $"m4-{Guid.NewGuid():N}@test.burgerprofiel.be", displayName = "Melder 4" });
        Assert.Equal(HttpStatusCode.BadRequest, fourth.StatusCode);
        Assert.Contains("al 3 melders", await fourth.Content.ReadAsStringAsync());
        var adminEmail = $"beheer-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await Api.EnsureAsync(await admin.PostAsJsonAsync($"{people}/invitations", new { email = adminEmail, displayName = "Bert Beheer", role = "TenantAdmin" }),
            HttpStatusCode.Created);
        Assert.Contains("beheerder", Assert.Single(Mailbox.To(App, adminEmail)).Subject);

        var listed = (await admin.GetFromJsonAsync<JsonElement>(people)).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.True(listed.GetProperty("invited").GetBoolean());

        var link = new Uri(SetPasswordLink().Match(Assert.Single(Mailbox.To(App, email)).TextBody!).Value).PathAndQuery;
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await anonymous.GetStringAsync(link);
        var set = await anonymous.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = "Eigen-melder-wachtwoord-1", ["Confirm"] = "Eigen-melder-wachtwoord-1",
            ["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var reporter = await Api.SignInAsync(email, "Eigen-melder-wachtwoord-1");
        Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync("/api/me")).StatusCode);
        listed = (await admin.GetFromJsonAsync<JsonElement>(people)).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.False(listed.GetProperty("invited").GetBoolean());

        // The tenant's audit: its own entries only, the invitation and the password chosen among them.
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit");
        var kinds = audit.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        Assert.Contains("user.invited", kinds);
        Assert.Contains("user.invitation-accepted", kinds);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/audit?tenant={other.Slug}")).StatusCode);
        var filtered = await admin.GetFromJsonAsync<JsonElement>("/api/audit?kind=accepted");
        Assert.All(filtered.GetProperty("rows").EnumerateArray(), r => Assert.Equal("user.invitation-accepted", r.GetProperty("kind").GetString()));
        var badDate = await admin.GetAsync("/api/audit?from=31/02/2026");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("begindatum", await badDate.Content.ReadAsStringAsync());
        var reversed = await admin.GetAsync("/api/audit?from=2026-12-01&until=2026-11-01");
        Assert.Contains("einddatum ligt voor de begindatum", await reversed.Content.ReadAsStringAsync());

        var csv = await admin.GetAsync("/api/audit/export");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFTijdstip;Wie;Soort;Wat;Lokaal bestuur;Bron\r\n", text);
        Assert.Contains("user.invitation-accepted", text);

        // Platform admins: every tenant, or one; the other tenant's view does not show this invitation.
        var platform = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/audit?tenant={tenant.Slug}&kind=user.invited");
        Assert.Equal(4, platform.GetProperty("rows").GetArrayLength()); // three reporters and one admin
        var otherView = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/audit?tenant={other.Slug}&kind=user.invited");
        Assert.Equal(0, otherView.GetProperty("rows").GetArrayLength());
        var paged = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/audit?page=1");
        Assert.Equal(50, paged.GetProperty("pageSize").GetInt32());

        // Removing frees the seat; the removal is audited too.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{people}/{id}")).StatusCode);
        await Api.EnsureAsync(await admin.PostAsJsonAsync($"{people}/invitations", new { email = $"m5-{Guid.NewGuid():N}@test.burgerprofiel.be", displayName = "Melder 5" }),
            HttpStatusCode.Created);
        Assert.Contains("user.removed", (await admin.GetFromJsonAsync<JsonElement>("/api/audit?kind=removed")).GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("kind").GetString()));
    }

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex SetPasswordLink();
}

[Collection(SqliteCollection.Name)]
public sealed class TenantPeopleAndAuditOnSqlite(SqliteApp app) : TenantPeopleAndAuditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TenantPeopleAndAuditOnPostgres(PostgresApp app) : TenantPeopleAndAuditTests(app);
