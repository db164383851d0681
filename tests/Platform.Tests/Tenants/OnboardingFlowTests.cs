using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>Onboarding end to end: create, 409s, inhabitants, go-live, contract and termination, contacts,
/// invitation by e-mail link (one-time), checklist until ready for go-live.</summary>
public abstract partial class OnboardingFlowTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Onboarding_end_to_end()
    {
        var admin = Api.Admin();
        var slug = "ob-" + Guid.NewGuid().ToString("N")[..10];
        var kbo = Api.NewKbo();
        var created = await admin.PostAsJsonAsync("/api/tenants", new
        {
            slug, name = "Gemeente Proef", kbo, nisCode = "44021",
            address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
            inhabitants = new[] { new { year = 2025, count = 12_345 } },
        });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        Assert.Equal($"/api/tenants/{slug}", created.Headers.Location?.OriginalString);
        var dupSlug = await admin.PostAsJsonAsync("/api/tenants", new { slug, name = "X", kbo = Api.NewKbo(), address = new { street = "A 1", postalCode = "9000", city = "Gent" } });
        Assert.Equal(HttpStatusCode.Conflict, dupSlug.StatusCode);
        var dupKbo = await admin.PostAsJsonAsync("/api/tenants", new { slug = slug + "x", name = "X", kbo, address = new { street = "A 1", postalCode = "9000", city = "Gent" } });
        Assert.Equal(HttpStatusCode.Conflict, dupKbo.StatusCode);

        await PutOkAsync(admin, $"/api/tenants/{slug}/inhabitants/2026", new { count = 12_400 });
        await PutOkAsync(admin, $"/api/tenants/{slug}/go-live", new { appStore = "2026-03-02", playStore = "2026-03-09" });
        var tenant = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{slug}");
        Assert.Equal("2026-03-09", tenant.GetProperty("goLive").GetString());
        Assert.Equal(2, tenant.GetProperty("inhabitants").GetArrayLength());

        var checklist = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{slug}/checklist");
        Assert.False(checklist.GetProperty("readyForGoLive").GetBoolean());

        // Contract signed 15/01/2026: the initial term ends 14/01/2027, the last notice day is 15/12/2026.
        await PutOkAsync(admin, $"/api/tenants/{slug}/contract", new { signedOn = "2026-01-15" });
        var late = await admin.PostAsJsonAsync($"/api/tenants/{slug}/contract/termination", new { noticeSentOn = "2026-12-20", requestedEnd = "2027-01-14" });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("14/01/2028", problem.GetProperty("errors").GetProperty("requestedEnd")[0].GetString());
        Assert.Equal("2028-01-14", problem.GetProperty("earliestPossibleEnd").GetString());
        var onTime = await admin.PostAsJsonAsync($"/api/tenants/{slug}/contract/termination", new { noticeSentOn = "2026-12-15" });
        await Api.EnsureAsync(onTime, HttpStatusCode.OK);
        var contract = await onTime.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2027-01-14", contract.GetProperty("endsOn").GetString());
        Assert.Equal("2027-01-15", contract.GetProperty("terminationEffectiveOn").GetString());

        foreach (var role in new[] { "Spoc", "ServiceDeliveryManager", "DataProtectionOfficer", "Architect" })
            await Api.EnsureAsync(await admin.PostAsJsonAsync($"/api/tenants/{slug}/contacts",
                new { role, name = role + " Persoon", email = $"{role.ToLowerInvariant()}@proef.be" }), HttpStatusCode.Created);

        // Invitation: one-time link by e-mail; the invitee sets a password and is then the tenant's admin.
        var email = $"beheerder-{Guid.NewGuid():N}@proef.be";
        await Api.EnsureAsync(await admin.PostAsJsonAsync($"/api/tenants/{slug}/invitations", new { email, displayName = "Bea Beheer" }), HttpStatusCode.Created);
        var mail = Assert.Single(Mailbox.To(App, email));
        var link = new Uri(LinkPattern().Match(mail.TextBody!).Value);
        var browser = Api.Anonymous();
        var form = await browser.GetStringAsync(link.PathAndQuery);
        Assert.Contains(email, form);
        var accept = await browser.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = "Uitnodiging-wachtwoord-1", ["Confirm"] = "Uitnodiging-wachtwoord-1", ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        var again = await browser.GetStringAsync(link.PathAndQuery);
        Assert.Contains("ongeldig, al gebruikt of verlopen", again);

        await PublishAsync(admin, slug);
        checklist = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{slug}/checklist");
        var missing = checklist.GetProperty("items").EnumerateArray().Where(i => !i.GetProperty("done").GetBoolean())
            .Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Empty(missing);
        Assert.True(checklist.GetProperty("readyForGoLive").GetBoolean());
        var audit = await admin.GetStringAsync($"/api/tenants/{slug}/audit");
        foreach (var action in new[] { "tenant.onboarded", "inhabitants.updated", "golive.updated", "contract.signed", "contract.terminated",
                     "contact.added", "invitation.sent", "version.published" })
            Assert.Contains(action, audit);
    }

    [SkippableFact]
    public async Task Expired_or_unknown_invitation_link_is_refused()
    {
        var page = await Api.Anonymous().GetStringAsync("/uitnodiging/bestaat-niet-" + Guid.NewGuid().ToString("N"));
        Assert.Contains("ongeldig, al gebruikt of verlopen", page);
    }

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [GeneratedRegex(@"https?://\S+/uitnodiging/\S+")]
    private static partial Regex LinkPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class OnboardingFlowOnSqlite(SqliteApp app) : OnboardingFlowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OnboardingFlowOnPostgres(PostgresApp app) : OnboardingFlowTests(app);

/// <summary>A local government requests onboarding anonymously; a platform admin approves (tenant created, requester
/// invited) or rejects.</summary>
public abstract class OnboardingRequestTests(PlatformApp app) : DatabaseTest(app)
{
    private static object Body(string slug, string kbo, string email) => new
    {
        slug, name = "Gemeente Aanvraag", kbo, nisCode = "11002",
        address = new { street = "Grote Markt 1", postalCode = "2000", city = "Antwerpen" },
        inhabitants = new[] { new { year = 2026, count = 5000 } },
        requester = new { name = "Ann Aanvrager", email },
    };

    [SkippableFact]
    public async Task Approved_request_creates_the_tenant_and_invites_the_requester()
    {
        var slug = "rq-" + Guid.NewGuid().ToString("N")[..10];
        var email = $"aanvrager-{Guid.NewGuid():N}@gemeente.be";
        var submitted = await Api.Anonymous().PostAsJsonAsync("/api/onboarding-requests", Body(slug, Api.NewKbo(), email));
        await Api.EnsureAsync(submitted, HttpStatusCode.Accepted);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Admin().GetAsync($"/api/tenants/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync("/api/onboarding-requests")).StatusCode);
        var tenantAdmin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", (await Api.CreateTenantAsync()).Slug)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenantAdmin.PostAsync($"/api/onboarding-requests/{id}/approve", null)).StatusCode);

        var approved = await Api.Admin().PostAsync($"/api/onboarding-requests/{id}/approve", null);
        await Api.EnsureAsync(approved, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await Api.Admin().GetAsync($"/api/tenants/{slug}")).StatusCode);
        Assert.Contains(Mailbox.To(App, email), m => (m.TextBody ?? "").Contains("/uitnodiging/"));
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Admin().PostAsync($"/api/onboarding-requests/{id}/approve", null)).StatusCode);
    }

    [SkippableFact]
    public async Task Incomplete_request_names_each_bad_field_and_rejection_is_final()
    {
        var bad = await Api.Anonymous().PostAsJsonAsync("/api/onboarding-requests", new { slug = "x", kbo = "0207.451.228", requester = new { name = "", email = "geen-mail" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "slug", "kbo", "name", "requester.name", "requester.email" })
            Assert.True(errors.TryGetProperty(field, out _), field);

        var email = $"afgewezen-{Guid.NewGuid():N}@gemeente.be";
        var ok = await Api.Anonymous().PostAsJsonAsync("/api/onboarding-requests", Body("rq-" + Guid.NewGuid().ToString("N")[..10], Api.NewKbo(), email));
        var id = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var noReason = await Api.Admin().PostAsJsonAsync($"/api/onboarding-requests/{id}/reject", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("De reden van de afwijzing is verplicht.", await noReason.Content.ReadAsStringAsync());
        var rejected = await Api.Admin().PostAsJsonAsync($"/api/onboarding-requests/{id}/reject", new { reason = "Geen lokaal bestuur: een vzw." });
        await Api.EnsureAsync(rejected, HttpStatusCode.OK);
        Assert.Equal("rejected", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var mail = Assert.Single(Mailbox.To(App, email), m => m.Subject?.Contains("Je aanvraag") == true && (m.TextBody ?? "").Contains("Geen lokaal bestuur: een vzw."));
        Assert.Contains("niet goedgekeurd", mail.TextBody);
        Assert.Equal(HttpStatusCode.Conflict,
            (await Api.Admin().PostAsJsonAsync($"/api/onboarding-requests/{id}/reject", new { reason = "Nogmaals" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Admin().PostAsync($"/api/onboarding-requests/{id}/approve", null)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OnboardingRequestOnSqlite(SqliteApp app) : OnboardingRequestTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OnboardingRequestOnPostgres(PostgresApp app) : OnboardingRequestTests(app);
