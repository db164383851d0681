using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>A tenant admin configures the app in Chromium: Afvalkalender on, primary colour changed, seen in the
/// preview, published, served by the app config API. axe checks every Tenants page on the way.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class TenantsAppConfigTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.Password;

    private Task SignInAsync(IPage page, string email) => browser.SignInAsync(page, email);

    [Fact]
    public async Task Tenant_admin_switches_on_waste_calendar_changes_colour_previews_and_publishes()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("br");
        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, Password);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, admin.Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn app" }).First.ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/beheer/{tenant.Slug}");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync($"/beheer/{tenant.Slug}/functies");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Afvalkalender aanzetten").CheckAsync();
        await page.GetByLabel("Aanbieder (Afvalkalender)").SelectOptionAsync(new SelectOptionValue { Label = "Recycle! (Fost Plus)" });
        await page.GetByLabel("Link naar de afvalkalender (Afvalkalender)").FillAsync("http://intern.local/kalender");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        // Recycle! needs an API key and the link must be https: both messages next to their fields.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("API-sleutel");
        await BrowserFixture.AssertAccessibleAsync(page);
        await Assertions.Expect(page.GetByLabel("Afvalkalender aanzetten")).ToBeCheckedAsync();
        await page.GetByLabel("API-sleutel (Afvalkalender)").FillAsync("browser-geheim-123");
        await page.GetByLabel("Link naar de afvalkalender (Afvalkalender)").FillAsync("https://www.recycleapp.be/proef");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De functies zijn bewaard");

        await page.GotoAsync($"/beheer/{tenant.Slug}/huisstijl");
        await BrowserFixture.AssertAccessibleAsync(page);
        // A yellow primary colour fails contrast: the message names the pair and its ratio.
        await page.GetByLabel("Primaire kleur", new() { Exact = true }).FillAsync("#FFE615");
        await page.GetByRole(AriaRole.Button, new() { Name = "Huisstijl bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tekst op primaire kleur: contrast 1,");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Primaire kleur", new() { Exact = true }).FillAsync("#6A1B9A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Huisstijl bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("huisstijl is bewaard");

        await page.GotoAsync($"/beheer/{tenant.Slug}/voorbeeld");
        await Assertions.Expect(page.Locator(".phone-bar")).ToHaveCSSAsync("background-color", "rgb(106, 27, 154)");
        await Assertions.Expect(page.Locator(".phone-tiles")).ToContainTextAsync("Afvalkalender");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync($"/beheer/{tenant.Slug}/publiceren");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept publiceren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 1 publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 1 is gepubliceerd");
        await BrowserFixture.AssertAccessibleAsync(page);

        var config = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/apps/{tenant.Slug}/config");
        Assert.Equal("#6A1B9A", config.GetProperty("branding").GetProperty("colors").GetProperty("primary").GetString());
        var waste = config.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "waste-calendar");
        Assert.Equal("https://www.recycleapp.be/proef", waste.GetProperty("settings").GetProperty("calendarUrl").GetString());
        Assert.DoesNotContain("browser-geheim", config.GetRawText());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Platform_admin_onboarding_pages_are_accessible()
    {
        var api = browser.App.Api();
        var admin = await api.CreateUserAsync("PlatformAdmin", null, Password);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, admin.Email);
        await page.GotoAsync("/beheer/lokale-besturen");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Lokaal bestuur toevoegen" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lokaal bestuur aanmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        var slug = "ob-" + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Officiële naam").FillAsync("Gemeente Browser");
        await page.GetByLabel("Adresnaam (in webadressen, bv. gent)").FillAsync(slug);
        await page.GetByLabel("Ondernemingsnummer (KBO)").FillAsync(Infrastructure.Api.NewKbo());
        await page.GetByLabel("NIS-code").FillAsync("44021");
        await page.GetByLabel("Straat en huisnummer").FillAsync("Markt 1");
        await page.GetByLabel("Postcode").FillAsync("9000");
        await page.GetByLabel("Gemeente", new() { Exact = true }).FillAsync("Gent");
        await page.GetByLabel("Aantal inwoners").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lokaal bestuur aanmaken" }).ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/beheer/{slug}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checklist voor de livegang" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
