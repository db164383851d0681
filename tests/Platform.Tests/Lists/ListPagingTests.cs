using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.Lists;

/// <summary>Lists that scale (issue 14): search, sort and paging happen in the database and come back right, on the API and the
/// page; bad query values (page=-1, sort=onbekend, size=0) are clamped, never a 500. Each test makes its own rows and
/// searches for a token only they carry, so other tests' data does not matter.</summary>
public abstract class ListPagingTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Lijsten-wachtwoord-1";

    [SkippableFact]
    public async Task Tenants_list_searches_sorts_and_pages_and_clamps_bad_values()
    {
        var token = Token();
        foreach (var city in new[] { "Brugge", "Aalter", "Cadzand" }) await CreateTenantAsync($"Lijsttest {token} {city}", $"lt-{token}-{city.ToLowerInvariant()}");

        var admin = Api.Admin();
        var desc = await GetJsonAsync(admin, $"/api/tenants/overview?q={token}&size=2&sort=naam&dir=desc");
        Assert.Equal(3, desc.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, desc.GetProperty("totalPages").GetInt32());
        Assert.Equal(["Cadzand", "Brugge"], Names(desc));
        var second = await GetJsonAsync(admin, $"/api/tenants/overview?q={token}&size=2&sort=naam&dir=desc&page=2");
        Assert.Equal(["Aalter"], Names(second));
        var item = second.GetProperty("items")[0];
        Assert.True(item.GetProperty("progressTotal").GetInt32() > 0);
        Assert.Equal(20_000, item.GetProperty("latestInhabitants").GetInt32());

        // Search matches the slug too, and case does not matter.
        Assert.Equal(["Cadzand"], Names(await GetJsonAsync(admin, $"/api/tenants/overview?q=LT-{token}-CAD")));
        // Clamped: page below 1, unknown sort and direction, size 0; a page past the end shows the last page.
        var clamped = await GetJsonAsync(admin, $"/api/tenants/overview?q={token}&page=-1&sort=onbekend&dir=zijwaarts&size=0");
        Assert.Equal(1, clamped.GetProperty("page").GetInt32());
        Assert.Equal(["Aalter"], Names(clamped));
        var past = await GetJsonAsync(admin, $"/api/tenants/overview?q={token}&size=2&page=999");
        Assert.Equal(2, past.GetProperty("page").GetInt32());
        Assert.Equal(["Cadzand"], Names(past));
        Assert.Equal(0, (await GetJsonAsync(admin, $"/api/tenants/overview?q=niets-{token}")).GetProperty("totalCount").GetInt32());

        // The page: same order, filters in the URL kept by the sort and pager links, and bad values are no 500.
        var client = await PlatformAdminAsync();
        var html = await client.GetStringAsync($"/beheer/lokale-besturen?q={token}&sort=naam&dir=desc");
        Assert.True(html.IndexOf($"{token} Cadzand") < html.IndexOf($"{token} Brugge") && html.IndexOf($"{token} Brugge") < html.IndexOf($"{token} Aalter"));
        Assert.Contains("aria-sort=\"descending\"", html);
        Assert.Contains($"q={token}", html);
        foreach (var bad in new[] { "page=-1&sort=onbekend", "page=abc&dir=x", "page=2147483647" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/beheer/lokale-besturen?q={token}&{bad}")).StatusCode);
        var empty = await client.GetStringAsync($"/beheer/lokale-besturen?q=niets-{token}");
        Assert.Contains("Geen lokaal bestuur gevonden", empty);
    }

    [SkippableFact]
    public async Task Incident_queue_sorts_and_pages_in_the_database_and_picks_the_tenant_by_name()
    {
        var token = Token();
        var tenant = await Api.CreateTenantAsync("lq");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        foreach (var letter in new[] { "B", "C", "A" })
            await AgentIncidentAsync(agent, tenant.Slug, DateTimeOffset.UtcNow.AddMinutes(-5), title: $"Lijst {token} {letter}");

        var asc = await GetJsonAsync(agent, $"{Incidents}/overview?tenant={tenant.Slug}&sort=titel&size=2");
        Assert.Equal(3, asc.GetProperty("totalCount").GetInt32());
        Assert.Equal(["A", "B"], Titles(asc));
        Assert.Equal(["C"], Titles(await GetJsonAsync(agent, $"{Incidents}/overview?tenant={tenant.Slug}&sort=titel&size=2&page=2")));
        Assert.Equal(["C", "B", "A"], Titles(await GetJsonAsync(agent, $"{Incidents}/overview?tenant={tenant.Slug}&sort=titel&dir=desc")));
        Assert.Equal(["B"], Titles(await GetJsonAsync(agent, $"{Incidents}/overview?search=Lijst {token} B&sort=nummer")));
        // The default order (nearest due first) is computed from the clocks and paged too; bad values are clamped.
        var due = await GetJsonAsync(agent, $"{Incidents}/overview?tenant={tenant.Slug}&page=-3&sort=onbekend&size=100000");
        Assert.Equal(1, due.GetProperty("page").GetInt32());
        Assert.Equal(3, due.GetProperty("items").GetArrayLength());
        var bad = await agent.GetAsync($"{Incidents}/overview?tenant={tenant.Slug}&priority=P9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("prioriteit", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("priority")[0].GetString());

        var user = await Api.CreateUserAsync("Agent", password: Password);
        var client = await Api.SignInAsync(user.Email, Password);
        var html = await client.GetStringAsync($"/servicedesk/wachtrij?tenant={tenant.Slug}&sort=titel&dir=desc");
        Assert.True(html.IndexOf($"Lijst {token} C") < html.IndexOf($"Lijst {token} B") && html.IndexOf($"Lijst {token} B") < html.IndexOf($"Lijst {token} A"));
        Assert.Contains($"<option value=\"{tenant.Slug}\" selected=\"selected\">Gemeente {tenant.Slug}</option>", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/servicedesk/wachtrij?tenant={tenant.Slug}&page=-1&sort=zijwaarts")).StatusCode);
    }

    [SkippableFact]
    public async Task Users_and_status_incident_lists_page_and_refuse_an_unknown_role_in_Dutch()
    {
        var token = Token();
        var admin = Api.Admin();
        foreach (var name in new[] { "Bert", "Anna", "Cas" })
        {
            var created = await admin.PostAsJsonAsync("/api/admin/users", new
                { email = $"{name.ToLowerInvariant()}-{token}@test.burgerprofiel.be", displayName = $"{name} {token}", role = "Agent", password = Password });
            await Api.EnsureAsync(created, HttpStatusCode.Created);
        }
        var page1 = await GetJsonAsync(admin, $"/api/admin/users/overview?q={token}&size=2&sort=naam");
        Assert.Equal(3, page1.GetProperty("totalCount").GetInt32());
        Assert.Equal([$"Anna {token}", $"Bert {token}"], page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!).ToList());
        var byMail = await GetJsonAsync(admin, $"/api/admin/users/overview?q=CAS-{token}&rol=Agent&page=-1&sort=onbekend");
        Assert.Equal($"Cas {token}", byMail.GetProperty("items")[0].GetProperty("displayName").GetString());
        var badRole = await admin.GetAsync($"/api/admin/users/overview?rol=Koning");
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("rol", (await badRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("rol")[0].GetString());

        var client = await PlatformAdminAsync();
        var html = await client.GetStringAsync($"/beheer/gebruikers?q={token}&sort=naam&dir=desc");
        Assert.True(html.IndexOf($"Cas {token}") < html.IndexOf($"Anna {token}"));
        var refused = await client.GetAsync("/beheer/gebruikers?rol=Koning&page=-4");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Kies een rol uit de lijst.", refusedHtml);
        Assert.Contains("aria-invalid=\"true\"", refusedHtml);

        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var status = await GetJsonAsync(agent, "/api/status/incidents/overview?page=-1&sort=onbekend&size=0&resolved=true");
        Assert.Equal(1, status.GetProperty("page").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/beheer/status?page=-1&sort=onbekend&q={token}")).StatusCode);
    }

    private static string Token() => Guid.NewGuid().ToString("N")[..8];

    private static List<string> Names(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!.Split(' ').Last()).ToList();

    private static List<string> Titles(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!.Split(' ').Last()).ToList();

    private async Task<HttpClient> PlatformAdminAsync()
    {
        var user = await Api.CreateUserAsync("PlatformAdmin", password: Password);
        return await Api.SignInAsync(user.Email, Password);
    }

    private async Task CreateTenantAsync(string name, string slug)
    {
        var response = await Api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug, name, kbo = Api.NewKbo(), nisCode = "44021",
            address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
            inhabitants = new[] { new { year = 2026, count = 20_000 } },
        });
        await Api.EnsureAsync(response, HttpStatusCode.Created);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ListPagingOnSqlite(SqliteApp app) : ListPagingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ListPagingOnPostgres(PostgresApp app) : ListPagingTests(app);
