using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, points 3 and 6: one kernel rule for text and one for dates, used by every module. The API answers
/// 400 problem details keyed by the field with a Dutch message naming its label (and the accepted range for dates);
/// a page form shows the same message next to the field, on the same page, with what was typed kept.</summary>
public abstract class FieldRulesTests(PlatformApp app) : DatabaseTest(app)
{
    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        return messages[0].GetString()!;
    }

    [SkippableTheory]
    [InlineData("9999-12-31", null)]
    [InlineData("1899-01-01", null)]
    [InlineData("2026-03-02", "2101-01-01")]
    public async Task Implausible_dates_are_refused_naming_the_field_and_the_range_and_nothing_changes(string appStore, string? playStore)
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("dates");
        var response = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}/go-live", new { appStore, playStore = playStore ?? "2026-03-09" });
        var field = playStore is null ? "appStore" : "playStore";
        var message = await ErrorAsync(response, field);
        Assert.Contains(playStore is null ? "'Datum in de App Store'" : "'Datum in Google Play'", message);
        Assert.Contains("01/01/2000", message);
        Assert.Contains("31/12/2100", message);
        Assert.DoesNotContain("2101", await admin.GetStringAsync($"/api/tenants/{tenant.Slug}"));
        Assert.DoesNotContain("9999", await admin.GetStringAsync($"/api/tenants/{tenant.Slug}"));
    }

    [SkippableFact]
    public async Task Termination_notices_and_maintenance_windows_out_of_range_are_a_400_never_an_overflow()
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("term");
        var notice = await admin.PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contract/termination", new { noticeSentOn = "9999-12-31", requestedEnd = "9999-12-31" });
        Assert.Contains("'Datum van de opzegging'", await ErrorAsync(notice, "noticeSentOn"));
        var maintenance = await admin.PostAsJsonAsync("/api/status/maintenance", new
            { title = "Onderhoud", description = "Nachtwerk", start = "9999-12-31T22:00:00Z", end = "9999-12-31T23:59:59Z", componentIds = Array.Empty<Guid>() });
        var startError = await ErrorAsync(maintenance, "start");
        Assert.Contains("'Begin'", startError);
        Assert.Contains("31/12/2100", startError);
    }

    [SkippableFact]
    public async Task Text_refused_on_the_api_names_the_field_by_its_dutch_label()
    {
        var admin = Api.Admin();
        var tenant = await Api.CreateTenantAsync("label");
        var response = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}", new
            { name = "Gent\u0007", nisCode = "44021", slug = tenant.Slug, address = new { street = "Botermarkt 1", postalCode = "9000", city = "Gent\0" } });
        Assert.Equal("Het veld 'Naam' bevat een niet-toegelaten controleteken (U+0007); dit veld moet op één regel staan.", await ErrorAsync(response, "name"));
        Assert.Contains("'Gemeente'", await ErrorAsync(await admin.PutAsJsonAsync($"/api/tenants/{tenant.Slug}", new
            { name = "Gent", slug = tenant.Slug, address = new { street = "Botermarkt 1", postalCode = "9000", city = "Gent\0" } }), "address.city"));
    }

    [SkippableFact]
    public async Task A_page_form_shows_refused_text_next_to_the_field_on_the_same_page()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = await Api.FormTokenAsync(client, "/status/abonneren");
        var response = await client.PostAsync("/status/abonneren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "bel\u0007@test.burgerprofiel.be", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<form", html); // the page itself, not an error page
        Assert.Matches("id=\"email-fout\"[^>]*>Het veld 'E-mailadres' bevat een niet-toegelaten controleteken", html);
    }

    [SkippableFact]
    public async Task A_page_form_with_its_own_error_list_shows_the_message_next_to_the_field_and_keeps_the_input()
    {
        var admin = await Api.CreateUserAsync("PlatformAdmin", password: "Lang-genoeg-wachtwoord-1");
        var client = await Api.SignInAsync(admin.Email, "Lang-genoeg-wachtwoord-1");
        var slug = "pg-" + Guid.NewGuid().ToString("N")[..10];
        var token = await Api.FormTokenAsync(client, "/beheer/lokale-besturen/nieuw");
        var response = await client.PostAsync("/beheer/lokale-besturen/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Stad\u0007Gent", ["Slug"] = slug, ["Kbo"] = Api.NewKbo(), ["Street"] = "Markt 1", ["PostalCode"] = "9000", ["City"] = "Gent",
            ["InhabitantsYear"] = "2026", ["Inhabitants"] = "1000", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"err-Name\" class=\"field-error\">Het veld 'Naam' bevat een niet-toegelaten controleteken", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains($"value=\"{slug}\"", html); // what was typed is still there
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Admin().GetAsync($"/api/tenants/{slug}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_page_form_shows_a_date_out_of_range_next_to_the_field()
    {
        var admin = await Api.CreateUserAsync("PlatformAdmin", password: "Lang-genoeg-wachtwoord-1");
        var client = await Api.SignInAsync(admin.Email, "Lang-genoeg-wachtwoord-1");
        var tenant = await Api.CreateTenantAsync("pgd");
        var path = $"/beheer/{tenant.Slug}/gegevens";
        var token = await Api.FormTokenAsync(client, path);
        var response = await client.PostAsync(path + "?handler=Stores", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AppStore"] = "9999-12-31", ["PlayStore"] = "2026-03-09", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("moet een datum tussen 01/01/2000 en 31/12/2100 zijn.", html);
        Assert.Contains("<form", html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FieldRulesOnSqlite(SqliteApp app) : FieldRulesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FieldRulesOnPostgres(PostgresApp app) : FieldRulesTests(app);
