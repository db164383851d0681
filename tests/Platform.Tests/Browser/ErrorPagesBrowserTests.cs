using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>Issue 14, point 3: the Dutch error pages are in the layout, have a way back and pass axe at 1366 and 390 px.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ErrorPagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Error_pages_are_dutch_accessible_and_lead_back()
    {
        var api = browser.App.Api();
        var a = await api.CreateTenantAsync();
        var b = await api.CreateTenantAsync();
        var admin = await api.CreateUserAsync("TenantAdmin", a.Slug, BrowserFixture.Password);
        var page = await browser.NewPageAsync();

        var unknown = await page.GotoAsync("/deze-pagina-bestaat-niet");
        Assert.Equal(404, unknown!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Assertions.Expect(page).ToHaveTitleAsync("Pagina niet gevonden – Mijn Burgerprofiel platform");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        var status = await page.GotoAsync("/status?product=onbekend");
        Assert.Equal(404, status!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Dit product bestaat niet.");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        var failed = await page.GotoAsync("/fout/500");
        Assert.Equal(500, failed!.Status);
        await Assertions.Expect(page.Locator("code.correlation-id")).Not.ToBeEmptyAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        var bad = await page.GotoAsync("/fout/400");
        Assert.Equal(400, bad!.Status);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await browser.SignInAsync(page, admin.Email);
        var other = await page.GotoAsync($"/beheer/{b.Slug}/gegevens");
        Assert.Equal(403, other!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("\"status\"");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.Context.CloseAsync();
    }
}
