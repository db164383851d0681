using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Foundation;

/// <summary>Issue 14, point 3: people get Dutch error pages in the layout with the right status; API clients (path
/// <c>/api</c> or asking for JSON) keep problem details.</summary>
public abstract class ErrorPagesTests(PlatformApp app) : DatabaseTest(app)
{
    private static async Task<string> HtmlAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl-BE\">", html);
        Assert.Contains("Naar de startpagina", html);
        Assert.Contains($"Foutcode {(int)status}.", html);
        return html;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }

    [SkippableFact]
    public async Task An_unknown_page_is_a_dutch_404_page_and_an_unknown_api_path_stays_problem_details()
    {
        var html = await HtmlAsync(await Api.Anonymous().GetAsync("/bestaat-niet-" + Guid.NewGuid().ToString("N")[..6]), HttpStatusCode.NotFound);
        Assert.Contains("Pagina niet gevonden", html);
        Assert.DoesNotContain("\"status\":", html);

        await AssertProblemAsync(await Api.Admin().GetAsync("/api/bestaat-niet"), HttpStatusCode.NotFound);

        // A program asking for JSON on a page address gets problem details too.
        var json = new HttpRequestMessage(HttpMethod.Get, "/bestaat-niet");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        await AssertProblemAsync(await Api.Anonymous().SendAsync(json), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Another_tenants_page_is_a_dutch_403_page_not_json()
    {
        var a = await Api.CreateTenantAsync();
        var b = await Api.CreateTenantAsync();
        var adminOfA = Api.WithKey((await Api.CreateUserAsync("TenantAdmin", a.Slug)).Key);

        var html = await HtmlAsync(await adminOfA.GetAsync($"/beheer/{b.Slug}/gegevens"), HttpStatusCode.Forbidden);
        Assert.Contains("Geen toegang", html);
        Assert.Contains("Geen toegang tot dit lokaal bestuur.", html);

        await AssertProblemAsync(await adminOfA.GetAsync($"/api/tenants/{b.Slug}/contacts"), HttpStatusCode.Forbidden);
        var json = new HttpRequestMessage(HttpMethod.Get, $"/beheer/{b.Slug}/gegevens");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        await AssertProblemAsync(await adminOfA.SendAsync(json), HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task An_unknown_product_on_the_status_page_is_the_dutch_404_page()
    {
        var html = await HtmlAsync(await Api.Anonymous().GetAsync("/status?product=onbekend"), HttpStatusCode.NotFound);
        Assert.Contains("Dit product bestaat niet. Kies een product op de statuspagina.", html);
    }

    [SkippableFact]
    public async Task Error_pages_keep_their_status_and_the_500_page_shows_the_correlation_id()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/fout/500");
        request.Headers.Add("X-Correlation-Id", "fout-test-42");
        var html = await HtmlAsync(await Api.Anonymous().SendAsync(request), HttpStatusCode.InternalServerError);
        Assert.Contains("Er ging iets mis", html);
        Assert.Contains("<code class=\"correlation-id\">fout-test-42</code>", html);

        Assert.Contains("Ongeldige aanvraag", await HtmlAsync(await Api.Anonymous().GetAsync("/fout/400"), HttpStatusCode.BadRequest));
        Assert.Contains("Geen toegang", await HtmlAsync(await Api.Anonymous().GetAsync("/fout/403"), HttpStatusCode.Forbidden));
        Assert.DoesNotContain("correlation-id", await HtmlAsync(await Api.Anonymous().GetAsync("/fout/404"), HttpStatusCode.NotFound));
    }

    [SkippableFact]
    public async Task The_favicon_is_served()
    {
        var svg = await Api.Anonymous().GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var ico = await Api.Anonymous().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ErrorPagesOnSqlite(SqliteApp app) : ErrorPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ErrorPagesOnPostgres(PostgresApp app) : ErrorPagesTests(app);
