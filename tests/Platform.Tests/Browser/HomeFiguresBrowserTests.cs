using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.Browser;

/// <summary>Each role's home page with its figures and charts: axe-clean at 1366 and 390 px, never wider than the
/// viewport, a figure's link opens its list, and the signed-in user is shown on the public status page too.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomeFiguresBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_roles_home_page_shows_accessible_figures_that_open_their_lists()
    {
        var api = browser.App.Api();
        var finance = api.WithKey((await api.CreateUserAsync("Finance")).Key);
        var (tenant, _) = await BillingSetup.IssuedInvoiceAsync(api, finance);
        var agentKey = api.WithKey((await api.CreateUserAsync("Agent")).Key);
        await AgentIncidentAsync(agentKey, tenant.Slug, ServiceDesk.ServiceDeskApiTests.LastMondayAt10(), 1, 1, "Alles plat op de startpagina");

        foreach (var (role, slug, panel) in new[]
                 {
                     ("PlatformAdmin", (string?)null, "Lokale besturen per fase"), ("Finance", null, $"Facturen {BillingSetup.Year} per status"),
                     ("Agent", null, "Open incidenten per prioriteit"), ("TenantAdmin", tenant.Slug, "Facturen te betalen"),
                 })
        {
            var user = await api.CreateUserAsync(role, slug, BrowserFixture.Password);
            var page = await browser.NewPageAsync();
            await browser.SignInAsync(page, user.Email);
            var section = page.Locator("section.figure-panel", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = panel }) });
            await Assertions.Expect(section).ToBeVisibleAsync();
            await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
            var link = section.Locator("a[data-figure-link]").First;
            var href = await link.GetAttributeAsync("href");
            await link.ClickAsync();
            await page.WaitForPageAsync(new Regex(Regex.Escape(href!.Split('#')[0]) + "(#.*)?$"));
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            if (role == "Agent")
            {
                await page.GotoAsync("/status");
                await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Aangemeld als");
                await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Servicedeskmedewerker");
            }
        }
    }
}
