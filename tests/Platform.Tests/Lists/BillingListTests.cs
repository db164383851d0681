using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.Lists;

/// <summary>Lists that scale (issue 14) for Billing and the audit log: the invoice list of <c>/facturen</c>, the runs and the
/// bank statements are searched, sorted and paged in the database, on the API and the page, filters kept in the URL, bad
/// query values clamped (never a 500). Each test searches for a token only its own tenants carry.</summary>
public abstract class BillingListTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Lijsten-wachtwoord-1";

    [SkippableFact]
    public async Task Invoice_list_searches_filters_sorts_and_pages_in_the_database()
    {
        var token = "l" + Guid.NewGuid().ToString("N")[..6];
        var small = await BillingSetup.LiveTenantAsync(Api, 5_000, prefix: token);
        var middle = await BillingSetup.LiveTenantAsync(Api, 20_000, prefix: token);
        var large = await BillingSetup.LiveTenantAsync(Api, 60_000, prefix: token);
        var financeUser = await Api.CreateUserAsync("Finance", password: Password);
        var finance = Api.WithKey(financeUser.Key);
        await BillingSetup.RunAsync(finance);
        var overview = $"/api/billing/invoices/overview?year={BillingSetup.Year}&q={token}";

        var byAmount = await GetJsonAsync(finance, $"{overview}&sort=bedrag&dir=desc&size=2");
        Assert.Equal(3, byAmount.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, byAmount.GetProperty("totalPages").GetInt32());
        Assert.Equal([large.Id, middle.Id], Tenants(byAmount));
        Assert.Equal([small.Id], Tenants(await GetJsonAsync(finance, $"{overview}&sort=bedrag&dir=desc&size=2&page=2")));
        Assert.Equal([small.Id, middle.Id, large.Id], Tenants(await GetJsonAsync(finance, $"{overview}&sort=bedrag")));
        // Clamped: a page past the end is the last page; unknown sort and size fall back.
        var past = await GetJsonAsync(finance, $"{overview}&sort=bedrag&dir=desc&size=2&page=999");
        Assert.Equal(2, past.GetProperty("page").GetInt32());
        Assert.Equal([small.Id], Tenants(past));
        var clamped = await GetJsonAsync(finance, $"{overview}&page=-1&size=0&sort=zijwaarts&dir=x");
        Assert.Equal(1, clamped.GetProperty("page").GetInt32());
        Assert.Equal(3, clamped.GetProperty("totalCount").GetInt32());

        // Status is derived from today in the database: issue one, and the filters and the status order follow.
        await BillingSetup.IssueAsync(finance, (await BillingSetup.DraftOfAsync(finance, middle)).GetProperty("id").GetGuid());
        Assert.Equal([middle.Id], Tenants(await GetJsonAsync(finance, $"{overview}&status=issued")));
        Assert.Equal(2, (await GetJsonAsync(finance, $"{overview}&status=draft")).GetProperty("totalCount").GetInt32());
        Assert.Equal(middle.Id, Tenants(await GetJsonAsync(finance, $"{overview}&sort=status"))[2]);
        Assert.Equal(middle.Id, Tenants(await GetJsonAsync(finance, $"{overview}&sort=status&dir=desc"))[0]);
        var number = (await BillingSetup.DraftOfAsync(finance, middle)).GetProperty("number").GetString()!;
        Assert.Equal([middle.Id], Tenants(await GetJsonAsync(finance, $"/api/billing/invoices/overview?year={BillingSetup.Year}&q={number}")));
        var bad = await finance.GetAsync($"{overview}&status=betaald-ofzo");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("status", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("status")[0].GetString());

        // The page: same order, the search kept by the sort and pager links, "select all" counts every matching draft.
        var client = await Api.SignInAsync(financeUser.Email, Password);
        var html = await client.GetStringAsync($"/facturen?jaar={BillingSetup.Year}&q={token}&sort=bedrag&dir=desc&size=2");
        Assert.True(html.IndexOf($"Gemeente {large.Slug}") is var l and >= 0 && l < html.IndexOf($"Gemeente {middle.Slug}"));
        Assert.DoesNotContain($"Gemeente {small.Slug}</td>", html);
        Assert.Contains("aria-sort=\"descending\"", html);
        Assert.Contains("1–2 van 3", html);
        Assert.Contains($"q={token}", html);
        Assert.Contains("Alle 2 ontwerpen uitgeven", html);
        var drafts = await client.GetStringAsync($"/facturen?jaar={BillingSetup.Year}&q={token}&status=draft");
        Assert.DoesNotContain($"Gemeente {middle.Slug}</td>", drafts);
        foreach (var odd in new[] { "page=-1&sort=onbekend", "page=abc&dir=x", "page=2147483647&size=0" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/facturen?jaar={BillingSetup.Year}&q={token}&{odd}")).StatusCode);
        var none = await client.GetStringAsync($"/facturen?jaar={BillingSetup.Year}&q=niets-{token}");
        Assert.Contains("Geen facturen gevonden", none);
    }

    [SkippableFact]
    public async Task Runs_and_bank_statements_lists_search_sort_and_page()
    {
        var token = "r" + Guid.NewGuid().ToString("N")[..6];
        var tenant = await BillingSetup.LiveTenantAsync(Api, prefix: token);
        var financeUser = await Api.CreateUserAsync("Finance", password: Password);
        var finance = Api.WithKey(financeUser.Key);
        var run = await BillingSetup.RunAsync(finance);

        var found = await GetJsonAsync(finance, $"/api/billing/invoice-runs/overview?q={tenant.Slug}&trigger=financien&year={BillingSetup.Year}");
        Assert.Contains(run.GetProperty("id").GetGuid(), found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await GetJsonAsync(finance, $"/api/billing/invoice-runs/overview?q={tenant.Slug}&trigger=dagelijks")).GetProperty("totalCount").GetInt32());
        var clamped = await GetJsonAsync(finance, $"/api/billing/invoice-runs/overview?q={tenant.Slug}&page=50&sort=onbekend");
        Assert.Equal(1, clamped.GetProperty("page").GetInt32());
        var badTrigger = await finance.GetAsync("/api/billing/invoice-runs/overview?trigger=koning");
        Assert.Equal(HttpStatusCode.BadRequest, badTrigger.StatusCode);
        Assert.Contains("dagelijks", await badTrigger.Content.ReadAsStringAsync());

        var client = await Api.SignInAsync(financeUser.Email, Password);
        var runs = await client.GetStringAsync($"/facturen/runs?q={tenant.Slug}&door=financien&sort=opgemaakt&dir=desc");
        Assert.Contains($"/facturen/runs/{run.GetProperty("id").GetGuid()}", runs);
        Assert.Contains("aria-sort=\"descending\"", runs);
        Assert.Contains($"q={tenant.Slug}", runs);
        Assert.Contains("Geen facturatieruns gevonden", await client.GetStringAsync($"/facturen/runs?q=niets-{token}"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/facturen/runs?page=-2&size=100000&sort=x")).StatusCode);

        Assert.Contains("Geen uittreksels gevonden", await client.GetStringAsync($"/facturen/betalingen/uittreksels?q=niets-{token}"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/facturen/betalingen/uittreksels?page=-1&sort=bestand&dir=desc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/facturen/betalingen?q=niets-{token}&sort=bedrag&dir=desc&page=9")).StatusCode);
    }

    [SkippableFact]
    public async Task Audit_log_sorts_on_when_who_and_kind()
    {
        var tenant = await BillingSetup.LiveTenantAsync(Api, prefix: "aud");
        var admin = Api.Admin();
        var asc = Kinds(await GetJsonAsync(admin, $"/api/audit?tenant={tenant.Slug}&sort=soort&dir=asc"));
        Assert.True(asc.Count >= 2, "the new tenant has at least two audit entries");
        Assert.Equal(asc.Order(StringComparer.Ordinal).ToList(), asc);
        var desc = Kinds(await GetJsonAsync(admin, $"/api/audit?tenant={tenant.Slug}&sort=soort&dir=desc"));
        Assert.Equal(asc.OrderDescending(StringComparer.Ordinal).ToList(), desc);
        Assert.True(desc.Distinct().Count() >= 2, "the new tenant's entries have at least two kinds");
        // Unknown sort: newest first, as before.
        var newest = (await GetJsonAsync(admin, $"/api/audit?tenant={tenant.Slug}&sort=onbekend")).GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(newest.OrderDescending().ToList(), newest);

        var user = await Api.CreateUserAsync("PlatformAdmin", password: Password);
        var client = await Api.SignInAsync(user.Email, Password);
        var html = await client.GetStringAsync($"/beheer/auditlog?bestuur={tenant.Slug}&sort=soort&dir=desc");
        Assert.Contains("aria-sort=\"descending\"", html);
        Assert.True(html.IndexOf($"<code>{desc[0]}</code>") is var first and >= 0 && first < html.IndexOf($"<code>{desc[^1]}</code>"));
        Assert.Contains($"bestuur={tenant.Slug}", html);

        // The page number is read under the "page" key every list uses (the route's own "page" value does not win), so the
        // shared sort headers, which drop that key, start on page 1 again.
        var sortHeaders = System.Text.RegularExpressions.Regex.Matches(html, "<th[^>]*>.*?</th>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).Where(h => h.Contains("sort=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sortHeaders);
        var second = await client.GetAsync($"/beheer/auditlog?bestuur={tenant.Slug}&sort=soort&dir=desc&page=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var secondHtml = await second.Content.ReadAsStringAsync();
        Assert.Contains("Pagina 2", secondHtml);
        Assert.Matches("rel=\"prev\"|Vorige pagina", secondHtml);
        Assert.Contains("page=1", secondHtml);
        Assert.DoesNotContain("pagina=", secondHtml);
    }

    private static List<Guid> Tenants(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("tenantId").GetGuid())];

    private static List<string> Kinds(JsonElement page) =>
        [.. page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("kind").GetString()!)];
}

[Collection(SqliteCollection.Name)]
public sealed class BillingListsOnSqlite(SqliteApp app) : BillingListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BillingListsOnPostgres(PostgresApp app) : BillingListTests(app);
