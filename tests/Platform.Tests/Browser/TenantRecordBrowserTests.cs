using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>Issue 13.1 re-verified item by item in Chromium by a platform admin, without any API call for the work itself:
/// identity (name, address, NIS code, slug — the old address moves to the new one), inhabitants (add, correct with a reason;
/// source and publication date kept), store dates, contract (signature, renewals, termination confirmed first and withdrawn
/// with a reason), every checklist
/// step linking to where it is fixed; contacts by role added, changed and removed with their status page subscription. And a local government asks to join on the public form. axe at 1366 and 390 px.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class TenantRecordBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Platform_admin_keeps_a_tenants_identity_contract_and_contacts_on_screens()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("rec");
        var page = await browser.SignedInAsync("PlatformAdmin");

        // Every checklist step links to the place where it is fixed.
        await page.GotoAsync($"/beheer/{tenant.Slug}");
        // Tables sit in their scroll region (TableScrollTagHelper).
        var links = page.Locator("#checklist-title ~ .table-scroll table a");
        var expected = new Dictionary<string, string>
        {
            ["NIS-code ingevuld"] = "gegevens#identiteit", ["Inwonersaantal op 1 januari ingevuld"] = "gegevens#inwoners",
            ["Overeenkomst ondertekend"] = "#contract-title", ["Contactpersoon: SPOC (centraal aanspreekpunt)"] = "contactpersonen",
            ["Minstens één beheerder van het lokaal bestuur"] = "#invite-title", ["Appconfiguratie gepubliceerd"] = "publiceren",
            ["Publicatiedatum in de App Store"] = "gegevens#winkels",
        };
        foreach (var (label, fix) in expected)
            Assert.EndsWith(fix, await page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).GetAttributeAsync("href"));
        Assert.Equal(11, await links.CountAsync());
        foreach (var href in await links.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))"))
            if (!href.StartsWith('#')) Assert.True((await page.APIRequest.GetAsync(href.Split('#')[0])).Ok, href);

        // Identity: name, NIS code, address and slug.
        await page.GotoAsync($"/beheer/{tenant.Slug}/gegevens");
        await page.GetByLabel("NIS-code").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("NIS-code")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var newSlug = "hernoemd-" + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Officiële naam").FillAsync("Stad Hernoemd");
        await page.GetByLabel("NIS-code").FillAsync("44083");
        await page.GetByLabel("Straat en huisnummer").FillAsync("Botermarkt 1");
        await page.GetByLabel("Adresnaam (in webadressen, bv. gent)").FillAsync(newSlug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De gegevens zijn bewaard");
        Assert.Contains($"/beheer/{newSlug}/gegevens", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stad Hernoemd");
        await Assertions.Expect(page.GetByLabel("Straat en huisnummer")).ToHaveValueAsync("Botermarkt 1");
        // The old address still leads to the tenant, now under its new slug.
        await page.GotoAsync($"/beheer/{tenant.Slug}/gegevens");
        Assert.Contains($"/beheer/{newSlug}/gegevens", page.Url);

        // Inhabitants: add a year, then correct it (reason required); source and publication date stay.
        await page.GetByLabel("Jaar (toestand op 1 januari)").FillAsync("2025");
        await page.GetByLabel("Aantal inwoners").FillAsync("19.800");
        await page.GetByLabel("Bron").FillAsync("Statbel, bevolking op 1 januari 2025");
        await page.GetByLabel("Datum van publicatie (optioneel)").FillAsync("2025-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwonersaantal bewaren" }).ClickAsync();
        var row2025 = page.Locator("#inwoners ~ .table-scroll table tr", new() { HasText = "2025" });
        await Assertions.Expect(row2025).ToContainTextAsync("19.800");
        await page.GetByLabel("Jaar (toestand op 1 januari)").FillAsync("2025");
        await page.GetByLabel("Aantal inwoners").FillAsync("19 850");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwonersaantal bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-Reason")).ToContainTextAsync("reden van de correctie");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Reden van de correctie").FillAsync("Tikfout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwonersaantal bewaren" }).ClickAsync();
        await Assertions.Expect(row2025).ToContainTextAsync("19.850");
        await Assertions.Expect(row2025).ToContainTextAsync("Statbel, bevolking op 1 januari 2025");
        await Assertions.Expect(row2025).ToContainTextAsync("30/06/2025");

        // Store dates.
        await page.GetByLabel("Publicatiedatum in de App Store").FillAsync("2026-03-02");
        await page.GetByLabel("Publicatiedatum in Google Play").FillAsync("2026-03-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicatiedatums bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("publicatiedatums zijn bewaard");
        await Assertions.Expect(page.GetByText("De app is live vanaf de latere van beide datums: 09/03/2026")).ToBeVisibleAsync();

        // Contract: signature and its renewals; a termination asked to confirm, then withdrawn with a reason.
        await page.GotoAsync($"/beheer/{newSlug}");
        await page.GetByLabel("Datum van ondertekening").FillAsync("2026-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ondertekening registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ondertekening is geregistreerd");
        var terms = page.GetByRole(AriaRole.Table, new() { Name = "Termijnen en stilzwijgende verlengingen" });
        await Assertions.Expect(terms).ToContainTextAsync("derde stilzwijgende verlenging");
        await Assertions.Expect(terms.GetByRole(AriaRole.Row, new() { Name = "initiële termijn" })).ToContainTextAsync("14/01/2027");
        await page.GetByLabel("Datum van de aangetekende opzegbrief").FillAsync("2026-12-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzegging registreren…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Opzegging registreren?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bevestig-opzegging")).ToContainTextAsync("14/01/2027");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De overeenkomst eindigt op")).ToHaveCountAsync(0);
        await page.GetByLabel("Datum van de aangetekende opzegbrief").FillAsync("2026-12-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzegging registreren…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, opzegging registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("de overeenkomst eindigt op 14/01/2027");
        await Assertions.Expect(page.Locator("#opgezegd")).ToContainTextAsync("14/01/2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzegging intrekken" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Reden van de intrekking")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Reden van de intrekking").FillAsync("Per vergissing geregistreerd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzegging intrekken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De opzegging is ingetrokken");
        await Assertions.Expect(page.Locator("#opgezegd")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Platform_admin_adds_changes_and_removes_a_contact_with_its_status_page_subscription()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("con");
        // The status page product contacts subscribe to (set-up; it may exist already from another test).
        await api.Admin().PostAsJsonAsync("/api/status/products", new { slug = "mijn-burgerprofiel", name = "Mijn Burgerprofiel" });
        var page = await browser.SignedInAsync("PlatformAdmin");
        var (first, second) = ($"loket-{Guid.NewGuid():N}@proef.be", $"onthaal-{Guid.NewGuid():N}@proef.be");

        // Add by role, subscribed; a missing address is refused next to the field first.
        await page.GotoAsync($"/beheer/{tenant.Slug}/contactpersonen");
        await page.GetByLabel("Rol").SelectOptionAsync(new SelectOptionValue { Label = "SPOC (centraal aanspreekpunt)" });
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Loket");
        await page.GetByLabel("Inschrijven op de statuspagina").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("E-mailadres")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("E-mailadres").FillAsync(first);
        await page.GetByLabel("Inschrijven op de statuspagina").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contactpersoon Loket is bewaard.");
        var row = page.Locator("#lijst ~ .table-scroll table tr", new() { HasText = "Loket" });
        await Assertions.Expect(row).ToContainTextAsync("SPOC (centraal aanspreekpunt)");
        await Assertions.Expect(row).ToContainTextAsync(first);
        await Assertions.Expect(row).ToContainTextAsync("ingeschreven");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // Change the address: the form opens with the contact's values, the subscription moves to the new address.
        await page.GetByRole(AriaRole.Link, new() { Name = "Loket wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contactpersoon wijzigen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Inschrijven op de statuspagina")).ToBeCheckedAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("E-mailadres").FillAsync(second);
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contactpersoon Loket is bewaard.");
        await Assertions.Expect(row).ToContainTextAsync(second);
        await Assertions.Expect(row).ToContainTextAsync("ingeschreven");
        await Assertions.Expect(page.GetByText(first)).ToHaveCountAsync(0);

        // Remove, confirmed first (the page says the subscription ends).
        await page.GetByRole(AriaRole.Link, new() { Name = "Loket verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Loket verwijderen?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bevestigen + p")).ToContainTextAsync($"Het abonnement van {second} op de statuspagina wordt opgezegd.");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, Loket verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De contactpersoon is verwijderd.");
        await Assertions.Expect(page.GetByText("Nog geen contactpersonen.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_local_government_asks_to_join_on_the_public_form()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Meld je bestuur aan voor Mijn Burgerprofiel" }).ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/aanmelden-bestuur");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var name = "Gemeente Publiek " + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Officiële naam van het bestuur").FillAsync(name);
        await page.GetByLabel("Korte naam in webadressen").FillAsync("publiek-" + Guid.NewGuid().ToString("N")[..8]);
        await page.GetByLabel("Ondernemingsnummer (KBO)").FillAsync(Api.NewKbo());
        await page.GetByLabel("Straat en huisnummer").FillAsync("Markt 1");
        await page.GetByLabel("Postcode").FillAsync("9000");
        await page.GetByLabel("Gemeente", new() { Exact = true }).FillAsync("Gent");
        await page.GetByLabel("Aantal inwoners (optioneel)").FillAsync("12,5");
        await page.GetByLabel("Je naam").FillAsync("Ann Aanvrager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("geen geheel getal");
        await Assertions.Expect(page.GetByLabel("Aantal inwoners (optioneel)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Je e-mailadres")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Aantal inwoners (optioneel)").FillAsync("12.500");
        await page.GetByLabel("Je e-mailadres").FillAsync($"ann-{Guid.NewGuid():N}@gemeente.be");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/aanmelden-bestuur/verstuurd");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We hebben je aanvraag goed ontvangen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        var platform = await browser.App.Api().CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var admin = await browser.NewPageAsync();
        await browser.SignInAsync(admin, platform.Email);
        await admin.GotoAsync("/beheer/aanvragen");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = $"Beoordelen (aanvraag van {name})" })).ToBeVisibleAsync();
    }
}
