using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Abuse;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Tenants;

/// <summary>The rest of issue 13 over real HTTP: the public onboarding request form (one use case with the API: the same
/// field errors, Belgian numbers, a honeypot, nothing written on refusal, the request in the admins' queue); a termination
/// asked to confirm and withdrawn with an audited reason (page and API); a contact's removal confirmed first; a page read
/// under a tenant's old slug moves to the new one; the breach's number of data subjects and the report's year in Belgian
/// notation; <c>Identity:RequireTwoFactorForRoles</c> keeps a listed role out of every page until two-factor sign-in is on.</summary>
public abstract class OnboardingScreensRestTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Scherm-wachtwoord-2026";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await Api.FormTokenAsync(client, path.Split('?')[0]);
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    private async Task<List<JsonElement>> RequestsNamedAsync(string name) =>
        (await Api.Admin().GetFromJsonAsync<List<JsonElement>>("/api/onboarding-requests"))!.Where(r => r.GetProperty("name").GetString() == name).ToList();

    [SkippableFact]
    public async Task Public_form_checks_like_the_api_ignores_robots_and_puts_the_request_in_the_queue()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetAsync("/aanmelden-bestuur");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Je lokaal bestuur aanmelden", await page.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/aanmelden-bestuur\"", await client.GetStringAsync("/aanmelden"));

        var name = "Gemeente Formulier " + Guid.NewGuid().ToString("N")[..8];
        var slug = "form-" + Guid.NewGuid().ToString("N")[..10];
        Dictionary<string, string> Form(string inhabitants, string email) => new()
        {
            ["Name"] = name, ["Slug"] = slug, ["Kbo"] = Api.NewKbo(), ["NisCode"] = PopulationImportTests.NewNis(), ["Street"] = "Markt 1",
            ["PostalCode"] = "9000", ["City"] = "Gent", ["InhabitantsYear"] = "2026", ["Inhabitants"] = inhabitants,
            ["RequesterName"] = "Ann Aanvrager", ["RequesterEmail"] = email, ["Website"] = "",
        };

        // Bad input: every error next to its field, in Dutch; nothing stored.
        var bad = Form("12,5", "geen-adres");
        bad["Name"] = "";
        var refused = await PostFormAsync(client, "/aanmelden-bestuur", bad);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"err-Inhabitants\"", html);
        Assert.Contains("geen geheel getal", html);
        Assert.Contains("id=\"err-Name\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        var emailRefused = await PostFormAsync(client, "/aanmelden-bestuur", Form("12.500", "geen-adres"));
        Assert.Contains("id=\"err-RequesterEmail\"", await emailRefused.Content.ReadAsStringAsync());
        Assert.Empty(await RequestsNamedAsync(name));

        // The API refuses the same way (one use case): problem details naming the fields, nothing stored.
        var api = await Api.Anonymous().PostAsJsonAsync("/api/onboarding-requests", new
        {
            slug, name = "", kbo = "123", address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
            requester = new { name = "Ann", email = "geen-adres" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var errors = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "kbo", "requester.email" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Empty(await RequestsNamedAsync(name));

        // A robot fills the hidden field: thanked, nothing stored.
        var robot = Form("12.500", $"robot-{Guid.NewGuid():N}@gemeente.be");
        robot["Website"] = "http://spam.example";
        var robotAnswer = await PostFormAsync(client, "/aanmelden-bestuur", robot);
        Assert.Equal(HttpStatusCode.Redirect, robotAnswer.StatusCode);
        Assert.Empty(await RequestsNamedAsync(name));

        // A person: the confirmation page, and the request (inhabitants typed the Belgian way) in the platform admins' queue.
        var accepted = await PostFormAsync(client, "/aanmelden-bestuur", Form("12.500", $"aanvrager-{Guid.NewGuid():N}@gemeente.be"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/aanmelden-bestuur/verstuurd", accepted.Headers.Location!.OriginalString);
        Assert.Contains("We hebben je aanvraag goed ontvangen", await client.GetStringAsync("/aanmelden-bestuur/verstuurd"));
        var stored = Assert.Single(await RequestsNamedAsync(name));
        Assert.Equal("pending", stored.GetProperty("status").GetString());
        Assert.Equal(12_500, stored.GetProperty("request").GetProperty("inhabitants")[0].GetProperty("count").GetInt32());
        var platform = await Api.CreateUserAsync("PlatformAdmin", password: Password);
        var admin = await Api.SignInAsync(platform.Email, Password);
        Assert.Contains(name, await admin.GetStringAsync("/beheer/aanvragen"));
    }

    [SkippableFact]
    public async Task Termination_is_confirmed_first_and_can_be_withdrawn_with_an_audited_reason()
    {
        var tenant = await Api.CreateTenantAsync("opz");
        var platform = await Api.CreateUserAsync("PlatformAdmin", password: Password);
        var page = await Api.SignInAsync(platform.Email, Password);
        await Api.EnsureAsync(await Api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/contract", new { signedOn = "2026-01-15" }), HttpStatusCode.OK);

        // Step one shows the last day and registers nothing.
        var ask = await PostFormAsync(page, $"/beheer/{tenant.Slug}?handler=Terminate", new() { ["NoticeSentOn"] = "2026-12-15" });
        var askHtml = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Opzegging registreren?", askHtml);
        Assert.Contains("14/01/2027", askHtml);
        Assert.Contains("Ja, opzegging registreren", askHtml);
        var contract = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/contract");
        Assert.Equal(JsonValueKind.Null, contract.GetProperty("endsOn").ValueKind);
        // A date before the signature is refused next to the field, also in step one.
        var early = await PostFormAsync(page, $"/beheer/{tenant.Slug}?handler=Terminate", new() { ["NoticeSentOn"] = "2025-12-15" });
        Assert.Contains("id=\"err-NoticeSentOn\"", await early.Content.ReadAsStringAsync());

        var confirmed = await PostFormAsync(page, $"/beheer/{tenant.Slug}?handler=Terminate", new() { ["NoticeSentOn"] = "2026-12-15", ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        contract = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/contract");
        Assert.Equal("2027-01-14", contract.GetProperty("endsOn").GetString());

        // Withdrawal: a reason is required (problem details naming it; nothing changed), then the contract runs on.
        var noReason = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contract/termination/withdrawal", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("De reden van de intrekking", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal("2027-01-14", (await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/contract")).GetProperty("endsOn").GetString());
        var pageRefusal = await PostFormAsync(page, $"/beheer/{tenant.Slug}?handler=Withdraw", new() { ["WithdrawReason"] = "" });
        Assert.Contains("id=\"err-WithdrawReason\"", await pageRefusal.Content.ReadAsStringAsync());
        var withdrawn = await PostFormAsync(page, $"/beheer/{tenant.Slug}?handler=Withdraw", new() { ["WithdrawReason"] = "Per vergissing bij het verkeerde bestuur geregistreerd" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        contract = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/contract");
        Assert.Equal(JsonValueKind.Null, contract.GetProperty("endsOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, contract.GetProperty("terminationNoticeSentOn").ValueKind);
        var again = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contract/termination/withdrawal", new { reason = "Nogmaals" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var audit = await Api.Admin().GetFromJsonAsync<List<JsonElement>>($"/api/tenants/{tenant.Slug}/audit");
        var entry = Assert.Single(audit!, a => a.GetProperty("action").GetString() == "contract.termination-withdrawn");
        Assert.Contains("Per vergissing bij het verkeerde bestuur geregistreerd", entry.GetProperty("details").GetString());
        Assert.Contains(audit!, a => a.GetProperty("action").GetString() == "contract.terminated");

        // Through the API too, and a termination that took effect can no longer be withdrawn.
        await Api.EnsureAsync(await Api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/contract", new { signedOn = "2019-01-10" }), HttpStatusCode.OK);
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contract/termination", new { noticeSentOn = "2025-01-02" }), HttpStatusCode.OK);
        var tooLate = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contract/termination/withdrawal", new { reason = "Te laat" });
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Contains("al ingegaan", await tooLate.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Contact_removal_is_confirmed_and_an_old_slug_moves_pages_to_the_new_one()
    {
        var tenant = await Api.CreateTenantAsync("cnt");
        var created = await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts", new { role = "Billing", name = "Fien Factuur", email = "fien@gemeente.be" });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var platform = await Api.CreateUserAsync("PlatformAdmin", password: Password);
        var page = await Api.SignInAsync(platform.Email, Password);

        var list = await page.GetStringAsync($"/beheer/{tenant.Slug}/contactpersonen");
        Assert.Contains($"contactpersonen?verwijderen={id}", list);
        Assert.DoesNotContain("Ja, Fien Factuur verwijderen", list);
        var ask = await page.GetStringAsync($"/beheer/{tenant.Slug}/contactpersonen?verwijderen={id}");
        Assert.Contains("Fien Factuur verwijderen?", ask);
        Assert.Contains("Ja, Fien Factuur verwijderen", ask);
        Assert.Equal(HttpStatusCode.OK, (await Api.Admin().GetAsync($"/api/tenants/{tenant.Slug}/contacts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/beheer/{tenant.Slug}/contactpersonen?verwijderen={Guid.NewGuid()}")).StatusCode);
        var removed = await PostFormAsync(page, $"/beheer/{tenant.Slug}/contactpersonen?handler=Remove&id={id}", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Admin().GetAsync($"/api/tenants/{tenant.Slug}/contacts/{id}")).StatusCode);

        // A new slug: a page under the old one moves there (also for the tenant's own admin); the API keeps answering.
        var newSlug = "nieuw-" + Guid.NewGuid().ToString("N")[..10];
        await Api.EnsureAsync(await Api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}", new
            { name = "Gemeente Hernoemd", nisCode = "44021", slug = newSlug, address = new { street = "Markt 1", postalCode = "9000", city = "Gent" } }), HttpStatusCode.OK);
        var moved = await page.GetAsync($"/beheer/{tenant.Slug}/gegevens?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/beheer/{newSlug}/gegevens?x=1", moved.Headers.Location!.OriginalString);
        var own = await Api.CreateUserAsync("TenantAdmin", newSlug, Password);
        var ownPage = await Api.SignInAsync(own.Email, Password);
        var ownMoved = await ownPage.GetAsync($"/beheer/{tenant.Slug}/contactpersonen");
        Assert.Equal(HttpStatusCode.MovedPermanently, ownMoved.StatusCode);
        Assert.Equal($"/beheer/{newSlug}/contactpersonen", ownMoved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Api.WithKey(own.Key).GetAsync($"/api/tenants/{tenant.Slug}/contacts")).StatusCode);
        var other = await Api.CreateTenantAsync("oth");
        Assert.Equal(HttpStatusCode.Forbidden, (await ownPage.GetAsync($"/beheer/{other.Slug}/contactpersonen")).StatusCode);
    }

    [SkippableFact]
    public async Task Breach_data_subjects_and_report_year_take_belgian_notation_or_say_why_not()
    {
        var tenant = await Api.CreateTenantAsync("brn");
        var created = await Api.Admin().PostAsJsonAsync("/api/data-protection/breaches", new
        {
            title = "Proef met getallen", detectedAt = DateTimeOffset.UtcNow.AddHours(-1), nature = "Ongeoorloofde toegang.",
            consequences = "Namen leesbaar.", measuresTaken = "Link ingetrokken.", measuresProposed = "Ondertekende links.",
        });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var bad = await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/tenants", new { tenant = tenant.Slug, categories = "Melders", approximateCount = "12,5" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("approximateCount", out _));
        var breach = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/data-protection/breaches/{id}");
        Assert.Equal(0, breach.GetProperty("affected").GetArrayLength());
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/data-protection/breaches/{id}/tenants",
            new { tenant = tenant.Slug, categories = "Melders", approximateCount = "1.200" }), HttpStatusCode.Created);
        breach = await Api.Admin().GetFromJsonAsync<JsonElement>($"/api/data-protection/breaches/{id}");
        Assert.Equal(1_200, breach.GetProperty("affected")[0].GetProperty("approximateCount").GetInt32());

        var platform = await Api.CreateUserAsync("PlatformAdmin", password: Password);
        var page = await Api.SignInAsync(platform.Email, Password);
        var other = await Api.CreateTenantAsync("brp");
        var refused = await PostFormAsync(page, $"/gegevensbescherming/inbreuken/{id}?handler=Tenant",
            new() { ["Tenant"] = other.Slug, ["Categories"] = "Burgers", ["ApproximateCount"] = "twaalf" });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("geen geheel getal", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        var accepted = await PostFormAsync(page, $"/gegevensbescherming/inbreuken/{id}?handler=Tenant",
            new() { ["Tenant"] = other.Slug, ["Categories"] = "Burgers", ["ApproximateCount"] = "3 400" });
        Assert.Contains("3.400", await accepted.Content.ReadAsStringAsync());

        var agent = await Api.CreateUserAsync("Agent", password: Password);
        var desk = await Api.SignInAsync(agent.Email, Password);
        var year = await desk.GetStringAsync("/servicedesk/rapporten?month=3&year=twintig");
        Assert.Contains("id=\"r-year-fout\"", year);
        Assert.Contains("Het jaar: \"twintig\" is geen geheel getal", System.Net.WebUtility.HtmlDecode(year));
        Assert.Contains("maart 2026", await desk.GetStringAsync("/servicedesk/rapporten?month=3&year=2026"));
    }

    [SkippableFact]
    public async Task A_role_that_must_use_two_factor_sign_in_sees_only_the_setup_page_until_it_is_on()
    {
        using var host = AbuseKit.WithSettings(App, ("Identity:RequireTwoFactorForRoles", "PlatformAdmin,Finance"));
        var finance = await Api.CreateUserAsync("Finance", password: Password);
        var agent = await Api.CreateUserAsync("Agent", password: Password);
        async Task<HttpClient> SignInAsync(string email)
        {
            var client = AbuseKit.Client(host, cookies: true);
            var response = await PostFormAsync(client, "/aanmelden", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return client;
        }

        var financeClient = await SignInAsync(finance.Email);
        foreach (var path in new[] { "/", "/facturen", "/account/wachtwoord" })
        {
            var refused = await financeClient.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/account/tweestapsverificatie?verplicht=1", refused.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await financeClient.GetAsync("/account/tweestapsverificatie?verplicht=1")).StatusCode);
        // A role not listed is not held up; API keys are never affected.
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync(agent.Email)).GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AbuseKit.Client(host, finance.Key).GetAsync("/api/me")).StatusCode);

        // Switched on: the pages open after the second step.
        var setup = await financeClient.GetStringAsync("/account/tweestapsverificatie");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "data-testid=\"sleutel\">([^<]+)<").Groups[1].Value;
        Assert.NotEmpty(key);
        await PostFormAsync(financeClient, "/account/tweestapsverificatie?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var again = AbuseKit.Client(host, cookies: true);
        await PostFormAsync(again, "/aanmelden", new() { ["Input.Email"] = finance.Email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(again, "/aanmelden/tweestaps",
            new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/facturen")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OnboardingScreensRestOnSqlite(SqliteApp app) : OnboardingScreensRestTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OnboardingScreensRestOnPostgres(PostgresApp app) : OnboardingScreensRestTests(app);
