using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Tests.ServiceDesk;

namespace Platform.Tests.Browser;

/// <summary>Issue 16.5 in Chromium: an agent links THREE incidents (three tenants) to one status incident from each
/// incident's page, then writes ONE update on the outage page for all their reporters (an empty update is refused next to
/// the field); every page axe clean at 1366 and 390 pixels wide.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class LinkedOutageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_links_three_incidents_to_a_status_incident_and_sends_one_update()
    {
        var api = browser.App.Api();
        var agentUser = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var agentApi = api.WithKey(agentUser.Key);
        var componentId = await LinkedOutageTests.ComponentAsync(agentApi);
        var title = "Aanmelden faalt " + Guid.NewGuid().ToString("N")[..6];
        var status = await agentApi.PostAsJsonAsync("/api/status/incidents", new
        {
            title, status = "Investigating", message = "We onderzoeken het.", impacts = new[] { new { componentId, level = "MajorOutage" } },
        });
        await Platform.Tests.Infrastructure.Api.EnsureAsync(status, System.Net.HttpStatusCode.Created);
        var statusIncidentId = (await status.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var incidents = new List<(Guid Id, string Number)>();
        for (var n = 0; n < 3; n++)
        {
            var tenant = await api.CreateTenantAsync("bst");
            var created = await ServiceDeskClient.AgentIncidentAsync(agentApi, tenant.Slug, DateTimeOffset.UtcNow.AddMinutes(-20), urgency: 1, impact: 1, title: "Kan niet aanmelden");
            incidents.Add((created.GetProperty("id").GetGuid(), created.GetProperty("number").GetString()!));
        }

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(page, agentUser.Email);
        foreach (var (id, _) in incidents)
        {
            await page.GotoAsync($"/servicedesk/incidenten/{id}");
            await page.GetByLabel("Koppelen aan een lopende storing").SelectOptionAsync(statusIncidentId.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("aan de storing gekoppeld");
            await Assertions.Expect(page.GetByTestId("storing")).ToContainTextAsync(title);
        }
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByTestId("storing").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Storing: {title}" })).ToBeVisibleAsync();
        foreach (var (_, number) in incidents)
            await Assertions.Expect(page.Locator($"tr[data-incident='{number}']")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(1366, 768);
        await BrowserFixture.AssertAccessibleAsync(page);

        // Without text: the Dutch message next to the field and in the summary, nothing sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Update versturen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#update-tekst-fout")).ToContainTextAsync("Schrijf de update");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Schrijf de update");
        await Assertions.Expect(page.GetByLabel("Tekst van de update")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);

        const string text = "De oorzaak is gevonden; we verwachten een oplossing binnen het uur.";
        await page.GetByLabel("Tekst van de update").FillAsync(text);
        await page.GetByLabel("Ook als openbare update op de statuspagina publiceren").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Update versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("naar 3 gekoppelde incidenten verstuurd en op de statuspagina gepubliceerd");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync(text);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(page);

        // Each incident shows the update as a public message.
        await page.GotoAsync($"/servicedesk/incidenten/{incidents[2].Id}");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync(text);
        await page.GotoAsync("/servicedesk/storingen");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // The status incident is resolved: the incident page offers to resolve every linked incident, with an explanation.
        (await agentApi.PostAsJsonAsync($"/api/status/incidents/{statusIncidentId}/updates", new { status = "Resolved", message = "Voorbij." })).EnsureSuccessStatusCode();
        await page.GotoAsync($"/servicedesk/incidenten/{incidents[0].Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Alle gekoppelde incidenten oplossen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#storing-uitleg-fout")).ToContainTextAsync("Schrijf de uitleg");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Uitleg voor de melders").FillAsync("Het certificaat is vervangen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Alle gekoppelde incidenten oplossen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 gekoppelde incidenten opgelost");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Opgelost");
        await page.GotoAsync($"/servicedesk/storingen/{statusIncidentId}");
        foreach (var (_, number) in incidents)
            await Assertions.Expect(page.Locator($"tr[data-incident='{number}']")).ToContainTextAsync("Opgelost");
        await page.Context.CloseAsync();
    }
}
