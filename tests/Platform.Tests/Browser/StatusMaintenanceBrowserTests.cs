using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>An agent edits and then cancels a maintenance window on the management pages (refused input shown next to its
/// field), keeps an incident template, writes a post-incident report and opens the monthly report; axe-clean at 1366 and
/// 390 px on every page added.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatusMaintenanceBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_edits_then_cancels_a_maintenance_window()
    {
        var api = browser.App.Api();
        var agent = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var client = api.WithKey(agent.Key);
        var slug = "o-" + Guid.NewGuid().ToString("N")[..10];
        var created = await client.PostAsJsonAsync("/api/status/products", new { slug, name = "Onderhoudsproduct " + slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var componentName = "Afsprakendienst " + slug;
        var component = await client.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = componentName });
        await Api.EnsureAsync(component, HttpStatusCode.Created);
        var componentId = (await component.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddDays(5).AddHours(19), TimeSpan.Zero);
        var title = "Serverupgrade " + slug;
        var plan = await client.PostAsJsonAsync("/api/status/maintenance", new { title, description = "Nieuwe servers.", start, end = start.AddHours(1), componentIds = new[] { componentId } });
        await Api.EnsureAsync(plan, HttpStatusCode.Created);
        var id = (await plan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(agent.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/");

        await page.GotoAsync("/beheer/status/onderhoud");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).GetByRole(AriaRole.Link, new() { NameRegex = new("^Wijzigen of annuleren") }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + $"/beheer/status/onderhoud/{id}");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // An end before the start: refused next to the field, in the summary too, nothing changed.
        await page.GetByLabel("Einde (Belgische tijd)").FillAsync(start.AddDays(-1).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        var end = page.GetByLabel("Einde (Belgische tijd)");
        await Assertions.Expect(end).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#einde-fout")).ToHaveTextAsync("Het einde moet na het begin liggen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het einde moet na het begin liggen.");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // Rescheduled a day later and renamed.
        var later = Platform.Kernel.Formatting.Dutch.ToBrussels(start.AddDays(1));
        await page.GetByLabel("Titel").FillAsync(title + " (verplaatst)");
        await page.GetByLabel("Begin (Belgische tijd)").FillAsync(later.ToString("yyyy-MM-ddTHH:mm"));
        await end.FillAsync(later.AddHours(2).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De wijzigingen aan ‘{title} (verplaatst)’ zijn opgeslagen.");
        await Assertions.Expect(page.GetByLabel("Begin (Belgische tijd)")).ToHaveValueAsync(later.ToString("yyyy-MM-ddTHH:mm"));
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // Cancelling cannot be undone and is mailed: asked first with the reason and who gets it; "Annuleren" changes nothing.
        await page.GetByLabel("Reden (optioneel, staat in het bericht)").FillAsync("De leverancier is te laat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Onderhoud annuleren" }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Region, new() { Name = $"Onderhoud \"{title} (verplaatst)\" annuleren?" });
        await Assertions.Expect(confirmation).ToContainTextAsync("De leverancier is te laat.");
        await Assertions.Expect(confirmation).ToContainTextAsync("Abonnees die een e-mail krijgen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await confirmation.GetByRole(AriaRole.Link, new() { Name = "Annuleren", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + $"/beheer/status/onderhoud/{id}");
        Assert.Equal("Scheduled", (await client.GetFromJsonAsync<JsonElement>($"/api/status/maintenance/{id}")).GetProperty("status").GetString());
        await page.GetByLabel("Reden (optioneel, staat in het bericht)").FillAsync("De leverancier is te laat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Onderhoud annuleren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, onderhoud annuleren" }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/beheer/status/onderhoud");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Het onderhoud ‘{title} (verplaatst)’ is geannuleerd.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title + " (verplaatst)" });
        await Assertions.Expect(row).ToContainTextAsync("Geannuleerd");
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var state = await client.GetFromJsonAsync<JsonElement>($"/api/status/maintenance/{id}");
        Assert.Equal("Cancelled", state.GetProperty("status").GetString());
        Assert.Equal(2, state.GetProperty("sequence").GetInt32());

        // A template, an incident started from it, its report, the monthly report.
        await page.GotoAsync("/beheer/status/sjablonen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Naam van het sjabloon").FillAsync("Afspraken plat " + slug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sjabloon opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#titel-fout")).ToHaveTextAsync("Geef de storing een titel.");
        await Assertions.Expect(page.GetByLabel("Titel van de storing")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Titel van de storing").FillAsync("Afspraken maken lukt niet " + slug);
        await page.GetByLabel("Impact op de onderdelen").SelectOptionAsync("PartialOutage");
        await page.GetByLabel(componentName).CheckAsync();
        await page.GetByLabel("Eerste update voor de abonnees").FillAsync("We onderzoeken waarom afspraken niet lukken.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sjabloon opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Het sjabloon ‘Afspraken plat {slug}’ is opgeslagen.");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Afspraken plat " + slug }).GetByRole(AriaRole.Link, new() { NameRegex = new("^Storing starten") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Titel")).ToHaveValueAsync("Afspraken maken lukt niet " + slug);
        await Assertions.Expect(page.GetByLabel(componentName)).ToHaveValueAsync("PartialOutage");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Storing publiceren" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Ja, publiceren en \d+ abonnees? verwittigen$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De storing is gepubliceerd.");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Resolved");
        await page.GetByLabel("Bericht voor de abonnees").FillAsync("Afspraken maken lukt weer.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update publiceren" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Ja, storing oplossen en \d+ abonnees? verwittigen$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rapport na de storing" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapport publiceren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#oorzaak-fout")).ToHaveTextAsync("Beschrijf de oorzaak van de storing.");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Oorzaak").FillAsync("Een volle schijf op de databankserver.");
        await page.GetByLabel("Impact", new() { Exact = true }).FillAsync("Een uur lang konden burgers geen afspraak maken.");
        await page.GetByLabel("Maatregelen").FillAsync("Schijfbewaking met alarm bij 80 %.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapport publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het rapport na de storing is gepubliceerd.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Publieke pagina van deze storing" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rapport na de storing" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Een volle schijf op de databankserver.")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync("/beheer/status/rapport?maand=volgend-jaar");
        await Assertions.Expect(page.Locator("#maand-fout")).ToHaveTextAsync("Kies een maand als JJJJ-MM, bijvoorbeeld 2026-11.");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GotoAsync("/beheer/status/rapport");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^PDF downloaden") })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^CSV downloaden") }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_deletes_an_incident_template_only_after_confirming()
    {
        var api = browser.App.Api();
        var agent = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var client = api.WithKey(agent.Key);
        var slug = "t-" + Guid.NewGuid().ToString("N")[..10];
        var created = await client.PostAsJsonAsync("/api/status/products", new { slug, name = "Sjabloonproduct " + slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var component = await client.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = "Loket " + slug });
        await Api.EnsureAsync(component, HttpStatusCode.Created);
        var componentId = (await component.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var name = "Loket plat " + slug;
        var template = await client.PostAsJsonAsync("/api/status/templates",
            new { name, title = "Het loket is onbereikbaar", level = "MajorOutage", componentIds = new[] { componentId }, message = "We onderzoeken het." });
        await Api.EnsureAsync(template, HttpStatusCode.Created);
        async Task<bool> ExistsAsync() => (await client.GetFromJsonAsync<JsonElement>("/api/status/templates")).EnumerateArray().Any(t => t.GetProperty("name").GetString() == name);

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, agent.Email);
        await page.GotoAsync("/beheer/status/sjablonen");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        var heading = $"Sjabloon \"{name}\" verwijderen?";

        // Asked first (the host's confirmation step, no JavaScript needed); "Annuleren" keeps it.
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Verwijderen") }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Region, new() { Name = heading });
        await Assertions.Expect(confirmation).ToContainTextAsync("dat kan niet ongedaan gemaakt worden");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await confirmation.GetByRole(AriaRole.Link, new() { Name = "Annuleren", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/beheer/status/sjablonen");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = heading })).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToHaveCountAsync(1);
        Assert.True(await ExistsAsync(), "cancelling kept the template");

        // Confirmed: gone.
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Verwijderen") }).ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = heading }).GetByRole(AriaRole.Button, new() { Name = "Ja, sjabloon verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het sjabloon is verwijderd.");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.False(await ExistsAsync(), "confirming deleted the template");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.Context.CloseAsync();
    }
}
