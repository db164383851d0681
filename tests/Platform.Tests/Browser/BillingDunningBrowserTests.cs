using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Billing;

namespace Platform.Tests.Browser;

/// <summary>Finance puts an invoice on hold and ends it, edits a reminder text (an unknown placeholder is refused next to
/// the field), previews it, and opens the fee forecasts. Every page passes axe (the tenant admin's timeline is covered over HTTP in DunningTests).</summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingDunningBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Finance_holds_an_invoice_edits_reminder_texts_and_opens_the_forecasts()
    {
        var api = browser.App.Api();
        var financeKey = api.WithKey((await api.CreateUserAsync("Finance")).Key);
        var (_, invoice) = await BillingSetup.IssuedInvoiceAsync(api, financeKey);
        var id = invoice.GetProperty("id").GetGuid();
        var finance = await api.CreateUserAsync("Finance", null, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, finance.Email);

        await page.GotoAsync($"/facturen/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tijdlijn" })).ToBeVisibleAsync();
        await page.GetByLabel("de klant de factuur betwist").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Herinneringen stoppen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pausereason-error")).ToHaveTextAsync("Geef een reden.");
        await Assertions.Expect(page.GetByLabel("Toelichting: waarom on hold of betwist")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Toelichting: waarom on hold of betwist").FillAsync("De stad betwist het aantal inwoners.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Herinneringen stoppen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De factuur staat nu betwist");
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("Betwist: De stad betwist het aantal inwoners.");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Notitie bij het beëindigen").FillAsync("Inwoners nagekeken: factuur klopt.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Betwist beëindigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("Betwist beëindigd: Inwoners nagekeken: factuur klopt.");

        await page.GotoAsync("/facturen/herinneringen?stap=2");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "2e herinnering" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Beste {naam}, betaal {bedrag} met {mededeling}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#body-error")).ToContainTextAsync("Onbekende plaatshouder: {mededeling}.");
        await Assertions.Expect(page.GetByLabel("Tekst", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Beste {naam}, betaal {openstaand} met {gestructureerde_mededeling}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mail-preview")).ToContainTextAsync(new Regex(@"Beste Bea Boekhouding, betaal € 4\.000,00 met \+\+\+"));
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is bewaard");

        await page.GotoAsync("/facturen/prijsramingen");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(@"^Prijsramingen \d{4}$"));
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
