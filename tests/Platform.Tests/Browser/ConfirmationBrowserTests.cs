using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>Issue 14, point 2: suspending a feature mails every tenant using it, so the catalogue asks for a confirmation
/// with a reason (which goes into the mail); no JavaScript needed, axe clean at 1366 and 390 px.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ConfirmationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Suspending_a_feature_asks_for_a_confirmation_with_a_reason()
    {
        var api = browser.App.Api();
        var admin = await api.CreateUserAsync("PlatformAdmin", null, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);
        try
        {
            await page.GotoAsync("/beheer/functies");
            await page.GetByLabel("Beschikbaarheid van Wallet").SelectOptionAsync("Suspended");
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wallet" }).GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();

            var confirmation = page.Locator("#bevestigen");
            await Assertions.Expect(confirmation.GetByRole(AriaRole.Heading, new() { Name = "\"Wallet\" opschorten?" })).ToBeVisibleAsync();
            await Assertions.Expect(confirmation).ToContainTextAsync("Lokale besturen die een e-mail krijgen");
            await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

            // Cancelling changes nothing.
            await confirmation.GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wallet" })).ToContainTextAsync("beschikbaar");

            await page.GetByLabel("Beschikbaarheid van Wallet").SelectOptionAsync("Suspended");
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wallet" }).GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
            // Without a reason: refused next to the field and in the summary.
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, \"Wallet\" opschorten en e-mail versturen" }).ClickAsync();
            var reason = page.GetByLabel("Reden (staat in de e-mail)");
            await Assertions.Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef een reden");
            await BrowserFixture.AssertAccessibleAsync(page);
            await reason.FillAsync("Storing bij de leverancier.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, \"Wallet\" opschorten en e-mail versturen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("\"Wallet\" is nu opgeschort.");
        }
        finally
        {
            await Infrastructure.Api.EnsureAsync(await api.Admin().PutAsJsonAsync("/api/features/wallet/availability", new { availability = "available" }),
                System.Net.HttpStatusCode.OK);
            await page.Context.CloseAsync();
        }
    }
}
