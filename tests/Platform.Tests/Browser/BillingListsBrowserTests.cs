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
        await page.WaitForPageAsync(new Regex($"q={token}"));
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Facturen", Exact = true }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Alle 3 ontwerpen uitgeven \\(€") })).ToBeVisibleAsync();

        var amount = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bedrag") });
        await amount.ClickAsync();
        await page.WaitForPageAsync(new Regex("sort=bedrag"));
        Assert.Contains($"q={token}", page.Url);
        await Assertions.Expect(rows.First).ToContainTextAsync($"Gemeente {small.Slug}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bedrag") }).ClickAsync();
        await page.WaitForPageAsync(new Regex("dir=desc"));
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Bedrag") })).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(rows.First).ToContainTextAsync($"Gemeente {large.Slug}");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"/facturen?jaar={BillingSetup.Year}&q=niets-{token}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Geen facturen gevonden");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync($"/facturen/runs?q={small.Slug}");
        await Assertions.Expect(page.Locator("main tbody tr").First).ToContainTextAsync("Gestart door financiën");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Opgemaakt") }).ClickAsync();
        await page.WaitForPageAsync(new Regex("sort=opgemaakt"));
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
        await page.WaitForPageAsync(new Regex("sort=soort"));
        Assert.Contains($"bestuur={tenant.Slug}", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Soort") })).ToHaveAttributeAsync("aria-sort", "ascending");
        var kinds = await page.Locator("main tbody tr td code").AllTextContentsAsync();
        Assert.True(kinds.Count >= 2);
        Assert.Equal(kinds.Order(StringComparer.Ordinal).ToList(), kinds.ToList());
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Soort") }).ClickAsync();
        await page.WaitForPageAsync(new Regex("dir=desc"));
        var reversed = await page.Locator("main tbody tr td code").AllTextContentsAsync();
        Assert.Equal(kinds.OrderDescending(StringComparer.Ordinal).ToList(), reversed.ToList());
    }
}
