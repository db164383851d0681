using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>An agent adds a health check on the management page (a refused target first: the error next to the field and
/// in the summary), then a visitor opens the component's chart page. axe at 1366 and 390 px on each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HealthCheckBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_manages_checks_and_a_visitor_reads_the_chart_page()
    {
        var api = browser.App.Api();
        var agent = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var client = api.WithKey(agent.Key);
        var slug = "hcb-" + Guid.NewGuid().ToString("N")[..10];
        var created = await client.PostAsJsonAsync("/api/status/products", new { slug, name = "Controles " + slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var componentName = "Afsprakenmodule " + slug;
        var component = await client.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = componentName });
        await Api.EnsureAsync(component, HttpStatusCode.Created);
        var componentId = (await component.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, agent.Email);
        await page.GotoAsync("/beheer/status");
        await page.GetByRole(AriaRole.Link, new() { Name = "automatische controles" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Automatische controles", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByLabel("Onderdeel", new() { Exact = true }).SelectOptionAsync(componentId.ToString());
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Startpagina");
        await page.GetByLabel("Doel", new() { Exact = true }).FillAsync("http://10.0.0.5/health");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controle toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("publieke domeinnaam");
        await Assertions.Expect(page.GetByLabel("Doel", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByLabel("Doel", new() { Exact = true }).FillAsync($"https://{slug}.voorbeeld.be/health");
        await page.GetByLabel("Ingeschakeld", new() { Exact = true }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Controle toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De controle ‘Startpagina’ is toegevoegd.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Controle Startpagina", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GotoAsync("/beheer/status/controles");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Startpagina" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"/status?product={slug}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Responstijd en uptime van " + componentName }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Responstijd en uptime van " + componentName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Img)).ToHaveCountAsync(3);
        await Assertions.Expect(visitor.GetByText("Nog geen resultaten van controles in deze periode.").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(visitor);
        await visitor.Context.CloseAsync();

        // Deleting a check also deletes its results: asked first; cancel keeps it, confirm deletes it.
        var admin = await browser.NewPageAsync();
        await browser.SignInAsync(admin, agent.Email);
        await admin.GotoAsync("/beheer/status/controles");
        var checkUrl = await admin.GetByRole(AriaRole.Link, new() { Name = "Startpagina", Exact = true }).Last.GetAttributeAsync("href");
        await admin.GotoAsync(checkUrl!);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Controle verwijderen" }).ClickAsync();
        var confirmation = admin.GetByRole(AriaRole.Region, new() { Name = "Controle \"Startpagina\" verwijderen?" });
        await Assertions.Expect(confirmation).ToContainTextAsync("kan niet ongedaan gemaakt worden");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(admin);
        await confirmation.GetByRole(AriaRole.Link, new() { Name = "Annuleren", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Controle Startpagina", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Region, new() { Name = "Controle \"Startpagina\" verwijderen?" })).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Controle verwijderen" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ja, controle en resultaten verwijderen" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("De controle en haar resultaten zijn verwijderd.");
        Assert.Equal(404, (await admin.GotoAsync(checkUrl!))!.Status);
        await admin.Context.CloseAsync();
    }
}
