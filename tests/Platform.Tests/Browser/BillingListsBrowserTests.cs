using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>Lists that scale (issue 14) in Chromium for finance and the audit log: search and sort the invoice list with
/// everything kept in the URL, "select all" with its count and total, the runs and bank statement lists, and the audit log
/// sorted by kind; axe at 1366 and 390 px and no page wider than the phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingListsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Finance_searches_and_sorts_the_invoice_list_and_opens_runs_and_statements()
    {
        var api = browser.App.Api();
        var token = "b" + Guid.NewGuid().ToString("N")[..6];
        var small = await BillingSetup.LiveTenantAsync(api, 5_000, prefix: token);
        await BillingSetup.LiveTenantAsync(api, 20_000, prefix: token);
        var large = await BillingSetup.LiveTenantAsync(api, 60_000, prefix: token);
        var financeUser = await api.CreateUserAsync("Finance", password: BrowserFixture.Password);
        await BillingSetup.RunAsync(api.WithKey(financeUser.Key));
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, financeUser.Email);

        await page.GotoAsync($"/facturen?jaar={BillingSetup.Year}");
        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"q={token}"));
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Facturen", Exact = true }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Alle 3 ontwerpen uitgeven \\(€") })).ToBeVisibleAsync();

        var amount = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bedrag") });
        await amount.ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=bedrag"));
        Assert.Contains($"q={token}", page.Url);
        await Assertions.Expect(rows.First).ToContainTextAsync($"Gemeente {small.Slug}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bedrag") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("dir=desc"));
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Bedrag") })).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(rows.First).ToContainTextAsync($"Gemeente {large.Slug}");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"/facturen?jaar={BillingSetup.Year}&q=niets-{token}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Geen facturen gevonden");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"/facturen/runs?q={small.Slug}");
        await Assertions.Expect(page.Locator("main tbody tr").First).ToContainTextAsync("Gestart door financiën");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Opgemaakt") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=opgemaakt"));
        Assert.Contains($"q={small.Slug}", page.Url);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"/facturen/betalingen/uittreksels?q=niets-{token}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Geen uittreksels gevonden");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GotoAsync("/facturen/betalingen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Platform_admin_sorts_the_audit_log_by_kind()
    {
        var api = browser.App.Api();
        var tenant = await BillingSetup.LiveTenantAsync(api, prefix: "baud");
        var admin = await api.CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);

        await page.GotoAsync($"/beheer/auditlog?bestuur={tenant.Slug}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Soort") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=soort"));
        Assert.Contains($"bestuur={tenant.Slug}", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Soort") })).ToHaveAttributeAsync("aria-sort", "ascending");
        var kinds = await page.Locator("main tbody tr td code").AllTextContentsAsync();
        Assert.True(kinds.Count >= 2);
        Assert.Equal(kinds.Order(StringComparer.Ordinal).ToList(), kinds.ToList());
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Soort") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("dir=desc"));
        var reversed = await page.Locator("main tbody tr td code").AllTextContentsAsync();
        Assert.Equal(kinds.OrderDescending(StringComparer.Ordinal).ToList(), reversed.ToList());
    }

    [Fact]
    public async Task A_new_sort_of_the_audit_log_starts_on_page_one_and_keeps_the_filters()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("bpag");
        // More than one page (50 rows) of this tenant's entries: each user and API key is audited.
        for (var i = 0; i < 40 && (await api.Admin().GetFromJsonAsync<JsonElement>($"/api/audit?tenant={tenant.Slug}&page=2")).GetProperty("rows").GetArrayLength() == 0; i++)
            await api.CreateUserAsync("TenantAdmin", tenant.Slug); // (a tenant has at most 3 reporters)
        var admin = await api.CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);

        await page.GotoAsync($"/beheer/auditlog?bestuur={tenant.Slug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"[?&]page=2\b"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's" })).ToContainTextAsync("Pagina 2");

        // Sorting on another column: the same filters, back on page 1 (as every list's sort headers do).
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Wie") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=wie"));
        Assert.Contains($"bestuur={tenant.Slug}", page.Url);
        Assert.DoesNotContain("page=", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's" })).ToContainTextAsync("Pagina 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vorige pagina" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Wie") })).ToHaveAttributeAsync("aria-sort", "ascending");
        await page.Context.CloseAsync();
    }
}
