using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.Tenants.TenantsApiKit;

namespace Platform.Tests.Tenants;

/// <summary>A tenant's record after onboarding: identity and slug (old slug keeps resolving, nobody else can take it, the
/// app configuration follows), inhabitants with source, publication date and a reason for corrections, contacts changed,
/// and Belgian number notation on the onboarding form (read, or refused with a message, never dropped).</summary>
public abstract class TenantRecordTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Identity_change_renames_and_moves_the_slug_while_the_old_one_keeps_resolving()
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("id");
        await PublishAsync(admin, tenant.Slug);
        Assert.Contains("Gemeente " + tenant.Slug, await Api.Anonymous().GetStringAsync($"/api/apps/{tenant.Slug}/config"));

        var newSlug = "nw-" + Guid.NewGuid().ToString("N")[..12];
        var bad = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}", new
            { name = "", nisCode = "0123", slug = "Niet Geldig!", address = new { street = "Markt 1", postalCode = "12", city = "Gent" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "nisCode", "slug", "address.postalCode" }) Assert.True(errors.TryGetProperty(field, out _), field);

        var ok = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}", new
            { name = "Stad Hernoemd", nisCode = "44083", slug = newSlug, address = new { street = "Botermarkt 1", postalCode = "9000", city = "Gent" } });
        await Api.EnsureAsync(ok, HttpStatusCode.OK);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(newSlug, body.GetProperty("slug").GetString());
        Assert.Equal("44083", body.GetProperty("nisCode").GetString());

        // The old slug still finds the tenant (old links, app builds), and the published configuration carries the new name at once.
        var viaOld = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}");
        Assert.Equal(newSlug, viaOld.GetProperty("slug").GetString());
        var config = await Api.Anonymous().GetStringAsync($"/api/apps/{newSlug}/config");
        Assert.Contains("Stad Hernoemd", config);
        Assert.Contains(newSlug, config);

        // Nobody else may take the old slug, by onboarding or by a rename.
        var taken = await admin.PostAsJsonAsync("/api/tenants", new
        {
            slug = tenant.Slug, name = "Ander", kbo = Api.NewKbo(), address = new { street = "A 1", postalCode = "9000", city = "Gent" },
        });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var other = await Api.CreateTenantAsync("ot");
        var renameTaken = await admin.PutAsJsonAsync($"/api/tenants/{other.Slug}", new
            { name = "Ander", slug = tenant.Slug, address = new { street = "A 1", postalCode = "9000", city = "Gent" } });
        Assert.Equal(HttpStatusCode.Conflict, renameTaken.StatusCode);

        // A tenant admin reads but cannot change the identity.
        var tenantAdmin = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", newSlug)).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenantAdmin.PutAsJsonAsync($"/api/tenants/{newSlug}", new { name = "X" })).StatusCode);
        var audit = await admin.GetStringAsync($"/api/tenants/{newSlug}/audit");
        Assert.Contains("tenant.identity.updated", audit);
    }

    [SkippableFact]
    public async Task Inhabitants_keep_source_and_publication_date_and_a_correction_needs_a_reason()
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("inh", 20_000);
        var path = $"/api/tenants/{tenant.Slug}/inhabitants/2026";
        var noReason = await admin.PutAsJsonAsync(path, new { count = 21_000 });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reden", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        var future = await admin.PutAsJsonAsync(path, new { count = 21_000, reason = "x", publishedOn = "2099-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);

        await PutOkAsync(admin, path, new { count = 21_000, reason = "Fout overgenomen", source = "Statbel", publishedOn = "2026-02-15" });
        var same = await admin.PutAsJsonAsync(path, new { count = 21_000 });
        await Api.EnsureAsync(same, HttpStatusCode.OK); // the same number again is no correction
        var body = await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}");
        var row = body.GetProperty("inhabitants").EnumerateArray().Single(i => i.GetProperty("year").GetInt32() == 2026);
        Assert.Equal(21_000, row.GetProperty("count").GetInt32());
        Assert.Equal("Statbel", row.GetProperty("source").GetString());
        Assert.Equal("2026-02-15", row.GetProperty("publishedOn").GetString());
        var audit = await admin.GetStringAsync($"/api/tenants/{tenant.Slug}/audit");
        Assert.Contains("inhabitants.corrected", audit);
        Assert.Contains("Fout overgenomen", audit);
    }

    [SkippableFact]
    public async Task Contact_is_changed_subscribed_and_removed_and_another_tenants_contact_is_not_found()
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("ct");
        var created = await admin.PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts", new { role = "Spoc", name = "Loket", email = "loket@proef.be" });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var bad = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts/{id}", new { role = "Baas", name = "", email = "geen" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var unknownProduct = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts/{id}",
            new { role = "Spoc", name = "Loket", email = "loket@proef.be", subscribeToStatusPage = true, statusProduct = "bestaat-niet" });
        await Api.EnsureAsync(unknownProduct, HttpStatusCode.OK); // saved, not subscribed, and the answer says why
        Assert.False((await unknownProduct.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusSubscribed").GetBoolean());
        var product = await new Platform.Tests.StatusPage.StatusFixtureData(App).ProductAsync(1);
        var changed = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts/{id}",
            new { role = "Billing", name = "Boekhouding", email = "boekhouding@proef.be", phone = "09 210 10 10", subscribeToStatusPage = true, statusProduct = product.Slug });
        await Api.EnsureAsync(changed, HttpStatusCode.OK);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Billing", body.GetProperty("role").GetString());
        Assert.True(body.GetProperty("statusSubscribed").GetBoolean());

        var other = await Api.CreateTenantAsync("ct2");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/tenants/{other.Slug}/contacts/{id}",
            new { role = "Spoc", name = "X", email = "x@proef.be" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/tenants/{tenant.Slug}/contacts/{id}")).StatusCode);
        Assert.Contains("contact.updated", await admin.GetStringAsync($"/api/tenants/{tenant.Slug}/audit"));
    }

    [SkippableTheory]
    [InlineData("89.000", 89_000)]
    [InlineData("89 000", 89_000)]
    [InlineData("89000", 89_000)]
    [InlineData("1.234.567", 1_234_567)]
    public async Task Onboarding_form_reads_inhabitants_typed_the_belgian_way(string typed, int expected)
    {
        var (response, slug) = await PostNewTenantFormAsync(typed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{slug}");
        Assert.Equal(expected, body.GetProperty("inhabitants")[0].GetProperty("count").GetInt32());
    }

    [SkippableTheory]
    [InlineData("89,5")]
    [InlineData("89.00")]
    [InlineData("ongeveer 90000")]
    public async Task Onboarding_form_refuses_a_number_it_cannot_read_and_creates_nothing(string typed)
    {
        var (response, slug) = await PostNewTenantFormAsync(typed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("is geen geheel getal", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Admin().GetAsync($"/api/tenants/{slug}")).StatusCode);
    }

    private async Task<(HttpResponseMessage Response, string Slug)> PostNewTenantFormAsync(string inhabitants)
    {
        var platform = await Api.CreateUserAsync("PlatformAdmin", password: "Formulier-wachtwoord-1");
        var client = await Api.SignInAsync(platform.Email, "Formulier-wachtwoord-1");
        var token = await Api.FormTokenAsync(client, "/beheer/lokale-besturen/nieuw");
        var slug = "bn-" + Guid.NewGuid().ToString("N")[..12];
        var response = await client.PostAsync("/beheer/lokale-besturen/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Gemeente Notatie", ["Slug"] = slug, ["Kbo"] = Api.NewKbo(), ["NisCode"] = "44021", ["Street"] = "Markt 1",
            ["PostalCode"] = "9000", ["City"] = "Gent", ["InhabitantsYear"] = "2026", ["Inhabitants"] = inhabitants,
            ["__RequestVerificationToken"] = token,
        }));
        return (response, slug);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TenantRecordOnSqlite(SqliteApp app) : TenantRecordTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TenantRecordOnPostgres(PostgresApp app) : TenantRecordTests(app);
