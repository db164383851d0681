using System.Net;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>Issue 13: a page field bound to a number or a date never gets ASP.NET's English "The value 'x' is not valid",
/// nor is a typed value silently dropped: every module's pages answer in Dutch next to the field, naming it, and read
/// Belgian notation (<c>89.000</c>) where a count is typed. One host-wide binder (Platform.Web.DutchModelBinding).</summary>
public abstract class NumberFieldsTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Lang-genoeg-wachtwoord-1";

    private async Task<HttpClient> SignedInAsync(string role) =>
        await Api.SignInAsync((await Api.CreateUserAsync(role, password: Password)).Email, Password);

    private static async Task<string> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await Api.FormTokenAsync(client, path);
        var response = await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return NoEnglish(await response.Content.ReadAsStringAsync());
    }

    private static string NoEnglish(string html)
    {
        html = WebUtility.HtmlDecode(html);
        Assert.DoesNotContain("is not valid", html);
        Assert.DoesNotContain("is invalid", html);
        Assert.Contains("<form", html); // the page itself, not an error page
        return html;
    }

    [SkippableFact]
    public async Task StatusPage_health_check_form_refuses_text_in_number_fields_in_dutch_next_to_the_field()
    {
        var agent = await SignedInAsync("Agent");
        var html = await PostAsync(agent, "/beheer/status/controles", "Save", new()
        {
            ["ComponentId"] = Guid.NewGuid().ToString(), ["Name"] = "Controle", ["Kind"] = "Http", ["Target"] = "https://example.org/",
            ["Method"] = "GET", ["ExpectedStatus"] = "200", ["TimeoutMs"] = "abc", ["IntervalSeconds"] = "1,5",
            ["FailureThreshold"] = "3", ["RecoveryThreshold"] = "2", ["AutomaticIncidents"] = "Draft",
        });
        Assert.Contains("id=\"err-TimeoutMs\" class=\"field-error\">Time-out in milliseconden: \"abc\" is geen geheel getal.", html);
        Assert.Contains("id=\"err-IntervalSeconds\" class=\"field-error\">Interval in seconden: \"1,5\" is geen geheel getal.", html);
        Assert.Contains("aria-describedby=\"err-TimeoutMs\" aria-invalid=\"true\"", html);
    }

    [SkippableFact]
    public async Task Billing_forecast_year_refuses_text_next_to_the_field_and_reads_belgian_notation()
    {
        var finance = await SignedInAsync("Finance");
        var refused = await finance.GetAsync("/facturen/prijsramingen?jaar=abc");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = NoEnglish(await refused.Content.ReadAsStringAsync());
        Assert.Contains("id=\"err-jaar\" class=\"field-error\">Jaar: \"abc\" is geen geheel getal.", html);
        Assert.Matches("<input id=\"jaar\"[^>]*aria-describedby=\"err-jaar\"", html);
        Assert.Matches("<input id=\"jaar\"[^>]*aria-invalid=\"true\"", html);
        var read = await finance.GetAsync("/facturen/prijsramingen?jaar=2.027");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("<h1>Prijsramingen 2027</h1>", await read.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Platform_audit_log_page_number_is_refused_in_dutch()
    {
        var admin = await SignedInAsync("PlatformAdmin");
        var response = await admin.GetAsync("/beheer/auditlog?page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Pagina: \"abc\" is geen geheel getal.", NoEnglish(await response.Content.ReadAsStringAsync()));
    }

    [SkippableFact]
    public async Task Tenants_store_date_typed_wrongly_is_refused_next_to_the_field_and_the_stored_date_stays()
    {
        var admin = await SignedInAsync("PlatformAdmin");
        var tenant = await Api.CreateTenantAsync("nrs");
        var path = $"/beheer/{tenant.Slug}/gegevens";
        var token = await Api.FormTokenAsync(admin, path);
        var saved = await admin.PostAsync(path + "?handler=Stores", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["AppStore"] = "2/3/2026", ["PlayStore"] = "2026-03-09", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode); // typed the Belgian way: 2 March
        var html = await PostAsync(admin, path, "Stores", new() { ["AppStore"] = "morgen", ["PlayStore"] = "2026-03-09" });
        Assert.Contains("id=\"err-AppStore\" class=\"field-error\">Datum in de App Store: \"morgen\" is geen datum.", html);
        Assert.Contains("\"appStore\":\"2026-03-02\"", await Api.Admin().GetStringAsync($"/api/tenants/{tenant.Slug}"));
    }

    [SkippableFact]
    public async Task ServiceDesk_report_month_is_refused_in_dutch()
    {
        var agent = await SignedInAsync("Agent");
        var response = await agent.GetAsync("/servicedesk/rapporten?month=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Maand: \"abc\" is geen geheel getal.", NoEnglish(await response.Content.ReadAsStringAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NumberFieldsOnSqlite(SqliteApp app) : NumberFieldsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NumberFieldsOnPostgres(PostgresApp app) : NumberFieldsTests(app);
