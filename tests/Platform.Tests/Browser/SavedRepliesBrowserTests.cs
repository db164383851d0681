using Microsoft.Playwright;
using Platform.Tests.ServiceDesk;

namespace Platform.Tests.Browser;

/// <summary>Saved replies in Chromium, without relying on script: an agent adds one on its page, picks it on an incident
/// with the select and "Invoegen", and sends it; the reporter's thread shows the filled-in text.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SavedRepliesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_adds_a_saved_reply_and_inserts_it_filled_in_for_an_incident()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("bsr");
        var agentUser = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var incident = await ServiceDeskClient.AgentIncidentAsync(api.WithKey(agentUser.Key), tenant.Slug, DateTimeOffset.UtcNow.AddMinutes(-30),
            urgency: 2, impact: 2, title: "Agenda leeg");
        var number = incident.GetProperty("number").GetString()!;
        var name = "Bevestiging " + Guid.NewGuid().ToString("N")[..6];

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, agentUser.Email);
        await page.GotoAsync("/servicedesk/standaardantwoorden");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Naam").FillAsync(name);
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Beste {melder}, we bekijken {nummer} voor {bestuur}. Dat kost {uren}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("{uren}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Beste {melder}, we bekijken {nummer} voor {bestuur}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("toegevoegd");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync(name);

        await page.GotoAsync($"/servicedesk/incidenten/{incident.GetProperty("id").GetGuid()}");
        await page.GetByLabel("Standaardantwoord").SelectOptionAsync(new SelectOptionValue { Label = name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Invoegen" }).ClickAsync();
        var expected = $"Beste Ria Ruiters, we bekijken {number} voor Gemeente {tenant.Slug}.";
        await Assertions.Expect(page.GetByLabel("Bericht")).ToHaveValueAsync(expected);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("antwoord is verstuurd");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(expected);
        await page.Context.CloseAsync();
    }
}
