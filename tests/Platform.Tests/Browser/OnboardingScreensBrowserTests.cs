using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;
using Platform.Tests.Tenants;

namespace Platform.Tests.Browser;

/// <summary>Issue 13 on screens: finance uploads the population table, sees the preview with a tier change, applies it and the
/// 2026 invoice run that stopped on the missing figure completes; a platform admin works the onboarding requests queue
/// (approve and reject, each confirmed; the reason mailed); finance enters a price list for a coming year (past and
/// overlapping tables refused next to the field). axe at 1366 and 390 px on every new page.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class OnboardingScreensBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Finance_uploads_the_population_table_applies_it_and_the_invoice_run_completes()
    {
        var api = browser.App.Api();
        var (tenant, nis, name) = await PopulationImportTests.TenantAsync(api); // 20.000 in 2025: tier 2
        await Api.EnsureAsync(await api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/go-live",
            new { appStore = new DateOnly(2025, 3, 1), playStore = new DateOnly(2025, 3, 1) }), HttpStatusCode.OK);
        var page = await browser.SignedInAsync("Finance");

        await page.GotoAsync("/facturen?jaar=2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Facturatierun starten voor 2026" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/facturen/runs/"));
        await Assertions.Expect(page.Locator("tr", new() { HasText = name })).ToContainTextAsync("inwonersaantal op 1 januari 2026 ontbreekt");

        await page.GotoAsync("/beheer/inwoners");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var csv = Encoding.UTF8.GetBytes($"NIS-code;Gemeente;Inwoners\r\n{nis};{name};26.500\r\n{PopulationImportTests.NewNis()};Nergenshuizen;1 234\r\n");
        await page.GetByLabel("Bestand (CSV of XLSX)").SetInputFilesAsync(new FilePayload { Name = "bevolking-2026.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByLabel("Datum van publicatie").FillAsync("2099-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-PublishedOn")).ToContainTextAsync("toekomst");
        await Assertions.Expect(page.GetByLabel("Datum van publicatie")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Bestand (CSV of XLSX)").SetInputFilesAsync(new FilePayload { Name = "bevolking-2026.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByLabel("Datum van publicatie").FillAsync("2026-03-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("voorbeeld="));
        var row = page.Locator("tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Andere schijf");
        await Assertions.Expect(row).ToContainTextAsync("€ 7.000,00");
        await Assertions.Expect(page.Locator("#niet-gevonden + p + .table-scroll > table")).ToContainTextAsync("Nergenshuizen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwonersaantallen toepassen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Toegepast");

        await page.GotoAsync("/facturen?jaar=2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Facturatierun starten voor 2026" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/facturen/runs/"));
        var line = page.Locator("tr", new() { HasText = name }).Filter(new() { HasText = "2026" });
        await Assertions.Expect(line).ToContainTextAsync("Ontwerp opgemaakt");
        await Assertions.Expect(line).ToContainTextAsync("€ 7.000,00");
    }

    [Fact]
    public async Task Platform_admin_approves_and_rejects_onboarding_requests_after_confirming()
    {
        var api = browser.App.Api();
        async Task<(string Name, string Email, string Slug)> RequestAsync()
        {
            var slug = "aanv-" + Guid.NewGuid().ToString("N")[..10];
            var name = "Gemeente Aanvraag " + slug[5..];
            var email = $"aanvrager-{Guid.NewGuid():N}@gemeente.be";
            await Api.EnsureAsync(await api.Anonymous().PostAsJsonAsync("/api/onboarding-requests", new
            {
                slug, name, kbo = Api.NewKbo(), nisCode = PopulationImportTests.NewNis(),
                address = new { street = "Grote Markt 1", postalCode = "2000", city = "Antwerpen" },
                inhabitants = new[] { new { year = 2026, count = 5000 } }, requester = new { name = "Ann Aanvrager", email },
            }), HttpStatusCode.Accepted);
            return (name, email, slug);
        }
        var approve = await RequestAsync();
        var reject = await RequestAsync();
        var page = await browser.SignedInAsync("PlatformAdmin");

        await page.GotoAsync("/beheer/aanvragen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Beoordelen (aanvraag van {approve.Name})" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Aanvraag van {approve.Name}");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Goedkeuren…" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, goedkeuren en uitnodigen" }).ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/beheer/{approve.Slug}");
        Assert.Contains(Mailbox.To(browser.App, approve.Email), m => (m.TextBody ?? "").Contains("/uitnodiging/"));

        await page.GotoAsync("/beheer/aanvragen");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Beoordelen (aanvraag van {reject.Name})" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Afwijzen…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afwijzen en e-mail versturen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-Reason")).ToContainTextAsync("De reden van de afwijzing is verplicht.");
        await Assertions.Expect(page.GetByLabel("Reden van de afwijzing")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Reden van de afwijzing").FillAsync("Een vzw is geen lokaal bestuur.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afwijzen en e-mail versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is afgewezen");
        await Assertions.Expect(page.Locator("tr", new() { HasText = reject.Name })).ToContainTextAsync("Afgewezen");
        var mail = Assert.Single(Mailbox.To(browser.App, reject.Email));
        Assert.Contains("Een vzw is geen lokaal bestuur.", mail.TextBody);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin().GetAsync($"/api/tenants/{reject.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Finance_enters_a_price_list_for_a_coming_year_and_past_or_overlapping_ones_are_refused()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("prijs");
        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug);
        var page = await browser.SignedInAsync("Finance");

        await page.GotoAsync("/facturen/prijslijst");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vanaf 1 januari 2023" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var year = 2100 + Random.Shared.Next(0, 7000);
        var yearField = page.GetByLabel("Geldt vanaf 1 januari van");
        await yearField.FillAsync(DateTime.UtcNow.Year.ToString());
        await page.GetByLabel("Bovengrens van schijf 2").FillAsync("14.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prijslijst bewaren en lokale besturen verwittigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-EffectiveYear")).ToContainTextAsync("kies een jaar na");
        await Assertions.Expect(page.Locator("#tiers-error")).ToContainTextAsync("zonder gaten of overlappingen");
        await Assertions.Expect(yearField).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await yearField.FillAsync(year.ToString("N0", new System.Globalization.CultureInfo("nl-BE"))); // "2.345": Belgian notation
        await page.GetByLabel("Bovengrens van schijf 2").FillAsync("25 000");
        await page.GetByLabel("Jaarbedrag van schijf 4").FillAsync("10.500,50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prijslijst bewaren en lokale besturen verwittigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"vanaf 1 januari {year}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Vanaf 1 januari {year}" })).ToBeVisibleAsync();
        var notice = Assert.Single(Mailbox.To(browser.App, admin.Email), m => m.Subject?.Contains(year.ToString()) == true);
        Assert.Contains("€ 10.500,50", notice.TextBody);

        await yearField.FillAsync(year.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Prijslijst bewaren en lokale besturen verwittigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-EffectiveYear")).ToContainTextAsync($"Er is al een prijslijst vanaf {year}");
    }
}
