using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>A platform admin onboards a new municipality in Chromium, from nothing to "klaar" in the checklist, without any
/// API call: the form (inhabitants typed the Belgian way), contract, contacts, invitation (accepted through the e-mailed
/// link), publication and the store dates; axe checks every page on the way.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TenantOnboardingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Platform_admin_onboards_a_municipality_to_ready_on_screens_only()
    {
        var api = browser.App.Api();
        var platform = await api.CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, platform.Email);
        var slug = "scherm-" + Guid.NewGuid().ToString("N")[..8];

        await page.GotoAsync("/beheer/lokale-besturen/nieuw");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Officiële naam").FillAsync("Gemeente Schermland");
        await page.GetByLabel("Adresnaam").FillAsync(slug);
        await page.GetByLabel("Ondernemingsnummer (KBO)").FillAsync(Api.NewKbo());
        await page.GetByLabel("NIS-code").FillAsync("44021");
        await page.GetByLabel("Straat en huisnummer").FillAsync("Markt 1");
        await page.GetByLabel("Postcode").FillAsync("9000");
        await page.GetByLabel("Gemeente", new() { Exact = true }).FillAsync("Schermland");
        await page.GetByLabel("Aantal inwoners").FillAsync("89.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lokaal bestuur aanmaken" }).ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/beheer/{slug}");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Each missing step links to where it is fixed.
        await page.GetByRole(AriaRole.Link, new() { Name = "Inwonersaantal op 1 januari ingevuld" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"/beheer/{slug}/gegevens"));
        await Assertions.Expect(page.Locator("#inwoners + p + .table-scroll > table")).ToContainTextAsync("89.000");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Aantal inwoners").FillAsync("91 250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwonersaantal bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reden van de correctie");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Reden van de correctie").FillAsync("Cijfer Statbel overgenomen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwonersaantal bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("91.250");
        await page.GetByLabel("Publicatiedatum in de App Store").FillAsync("2026-03-02");
        await page.GetByLabel("Publicatiedatum in Google Play").FillAsync("2026-03-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicatiedatums bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("publicatiedatums zijn bewaard");

        await page.GotoAsync($"/beheer/{slug}/contactpersonen");
        await BrowserFixture.AssertAccessibleAsync(page);
        foreach (var (role, name) in new[] { ("Spoc", "Loket Schermland"), ("ServiceDeliveryManager", "Sam Delivery"),
                     ("DataProtectionOfficer", "Dora DPO"), ("Architect", "Arne Architect") })
        {
            await page.GetByLabel("Rol").SelectOptionAsync(role);
            await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("E-mailadres").FillAsync($"{role.ToLowerInvariant()}@schermland.be");
            await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon bewaren" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(name);
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Arne Architect wijzigen" }).ClickAsync();
        await page.GetByLabel("Telefoon (optioneel)").FillAsync("09 123 45 67");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("09 123 45 67");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync($"/beheer/{slug}");
        await page.GetByLabel("Datum van ondertekening").FillAsync("2026-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ondertekening registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ondertekening is geregistreerd");
        var adminEmail = $"beheer-{Guid.NewGuid():N}@schermland.be";
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Bea Beheer");
        await page.GetByLabel("E-mailadres").FillAsync(adminEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(adminEmail);

        // The invitee follows the e-mailed link in a browser of their own and chooses a password.
        var mail = Assert.Single(Mailbox.To(browser.App, adminEmail));
        var link = InvitationLink().Match(mail.TextBody!).Value;
        var invitee = await browser.NewPageAsync();
        await invitee.GotoAsync(new Uri(link).PathAndQuery);
        await BrowserFixture.AssertAccessibleAsync(invitee);
        await invitee.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(BrowserFixture.Password);
        await invitee.GetByLabel("Wachtwoord herhalen").FillAsync(BrowserFixture.Password);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync();
        await invitee.WaitForPageAsync(new Regex("/aanmelden"));
        await browser.SignInAsync(invitee, adminEmail);

        await page.GotoAsync($"/beheer/{slug}/publiceren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept publiceren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 1 publiceren" }).ClickAsync();
        await page.GotoAsync($"/beheer/{slug}");
        await Assertions.Expect(page.Locator("#checklist-title + p")).ToContainTextAsync("klaar");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/beheer/lokale-besturen?q=Schermland");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Gemeente Schermland" })).ToContainTextAsync("klaar");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [GeneratedRegex(@"https?://\S+/uitnodiging/\S+")]
    private static partial Regex InvitationLink();
}
