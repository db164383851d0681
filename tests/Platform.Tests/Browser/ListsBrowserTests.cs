using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.Browser;

/// <summary>Lists that scale (issue 14) in Chromium: search, sort and paging by the tenants list and the incident queue, with
/// everything in the URL; axe at 1366 and 390 px; and no page of the platform wider than a 390 px phone (tables scroll
/// inside their own region).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Platform_admin_searches_sorts_and_pages_the_tenants_list()
    {
        var api = browser.App.Api();
        var token = Guid.NewGuid().ToString("N")[..8];
        for (var n = 1; n <= 27; n++)
            await CreateTenantAsync(api, $"Bladertest {token} {n:00}", $"bt-{token}-{n:00}");
        var admin = await api.CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);

        await page.GotoAsync("/beheer/lokale-besturen");
        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"q={token}"));
        // The list's own table (the page also lists pending onboarding requests in a table of its own).
        var rows = page.Locator("table:has(caption) tbody tr");
        await Assertions.Expect(page.Locator("table caption")).ToContainTextAsync("1–25 van 27");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(rows.First).ToContainTextAsync($"Bladertest {token} 01");
        await Assertions.Expect(rows.First).ToContainTextAsync(new Regex(@"\d+/\d+"));
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("page=2"));
        Assert.Contains($"q={token}", page.Url);
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Last).ToContainTextAsync($"Bladertest {token} 27");

        // Sorting goes back to page 1 and keeps the search; the same header again sorts the other way.
        await page.GetByRole(AriaRole.Link, new() { Name = "Naam", Exact = false }).First.ClickAsync();
        await page.WaitForPageAsync(new Regex("sort=naam"));
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Naam") })).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(rows.First).ToContainTextAsync($"Bladertest {token} 27");
        Assert.Contains($"q={token}", page.Url);
        Assert.DoesNotContain("page=2", page.Url);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"/beheer/lokale-besturen?q=niets-{token}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Geen lokaal bestuur gevonden");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Agent_filters_the_queue_by_tenant_name_sorts_it_and_the_table_scrolls_inside_its_region_at_390px()
    {
        var api = browser.App.Api();
        var token = Guid.NewGuid().ToString("N")[..8];
        var tenant = await api.CreateTenantAsync("bq");
        var agentKey = api.WithKey((await api.CreateUserAsync("Agent")).Key);
        foreach (var letter in new[] { "B", "A", "C" })
            await AgentIncidentAsync(agentKey, tenant.Slug, DateTimeOffset.UtcNow.AddMinutes(-5), title: $"Wachtrijtest {token} {letter}");
        var agent = await api.CreateUserAsync("Agent", password: BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, agent.Email);

        await page.GotoAsync("/servicedesk/wachtrij");
        await page.GetByLabel("Lokaal bestuur").SelectOptionAsync(new SelectOptionValue { Label = $"Gemeente {tenant.Slug}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"tenant={tenant.Slug}"));
        var rows = page.Locator("table.queue tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Link, new() { Name = "Titel", Exact = false }).ClickAsync();
        await page.WaitForPageAsync(new Regex("sort=titel"));
        Assert.Contains($"tenant={tenant.Slug}", page.Url);
        await Assertions.Expect(rows.First).ToContainTextAsync($"Wachtrijtest {token} A");
        await Assertions.Expect(rows.Last).ToContainTextAsync($"Wachtrijtest {token} C");
        await page.GetByRole(AriaRole.Link, new() { Name = "Titel", Exact = false }).ClickAsync();
        await page.WaitForPageAsync(new Regex("dir=desc"));
        await Assertions.Expect(rows.First).ToContainTextAsync($"Wachtrijtest {token} C");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // At 390 px the wide queue scrolls inside its labelled, focusable region; the page itself does not.
        await page.SetViewportSizeAsync(390, 844);
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Incidenten 1–3 van 3" });
        await Assertions.Expect(region).ToHaveAttributeAsync("tabindex", "0");
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth"), "the queue table should be wider than the phone");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
    }

    [Fact]
    public async Task No_page_is_wider_than_a_390px_phone()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("w390");
        var paths = PagePaths(tenant.Slug);
        Assert.True(paths.Count > 40, $"only {paths.Count} pages found");
        var admin = await api.CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var tenantAdmin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, password: BrowserFixture.Password);
        var agent = await api.CreateUserAsync("Agent", password: BrowserFixture.Password);
        var finance = await api.CreateUserAsync("Finance", password: BrowserFixture.Password);
        var tooWide = new List<string>();
        foreach (var who in new[] { admin, tenantAdmin, agent, finance })
        {
            var page = await browser.NewPageAsync();
            await page.SetViewportSizeAsync(390, 844);
            await browser.SignInAsync(page, who.Email);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                var type = response?.Headers.GetValueOrDefault("content-type") ?? "";
                if (!type.StartsWith("text/html", StringComparison.Ordinal)) continue;
                var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (width > 390) tooWide.Add($"{path} as {who.Role}: {width} px");
            }
            await page.Context.CloseAsync();
        }
        var anonymous = await browser.NewPageAsync();
        await anonymous.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "/aanmelden", "/status", "/status/abonneren", "/bestaat-niet" })
        {
            await anonymous.GotoAsync(path);
            var width = await anonymous.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 390) tooWide.Add($"{path} anonymous: {width} px");
        }
        Assert.True(tooWide.Count == 0, "wider than 390 px:" + Environment.NewLine + string.Join(Environment.NewLine, tooWide));
    }

    /// <summary>Every Razor page's route (GET), with <c>{tenant}</c> filled in; routes needing another id are left out.</summary>
    private List<string> PagePaths(string tenantSlug) =>
        browser.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<ActionDescriptor>().Any(a => a is PageActionDescriptor))
            .Select(e => e.RoutePattern)
            .Where(p => p.Parameters.All(x => x.Name == "tenant" || x.IsOptional))
            .Select(p => "/" + string.Join("/", p.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "tenant" } => tenantSlug,
                _ => "",
            })))).TrimEnd('/'))
            .Select(p => p.Length == 0 ? "/" : p)
            .Where(p => !p.Contains("afmelden", StringComparison.Ordinal))
            .Distinct().Order().ToList();

    private static async Task CreateTenantAsync(Api api, string name, string slug)
    {
        var response = await api.Admin().PostAsJsonAsync("/api/tenants", new
        {
            slug, name, kbo = Api.NewKbo(), nisCode = "44021",
            address = new { street = "Markt 1", postalCode = "9000", city = "Gent" },
            inhabitants = new[] { new { year = 2026, count = 20_000 } },
        });
        await Api.EnsureAsync(response, System.Net.HttpStatusCode.Created);
    }
}
