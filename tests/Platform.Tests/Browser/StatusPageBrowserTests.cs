using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Kernel.Formatting;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>An agent opens an incident with an update through the management pages; a visitor sees it on the
/// public page with today's bar, subscribes and confirms by the e-mailed link. axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatusPageBrowserTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.Password;

    [Fact]
    public async Task Agent_opens_an_incident_visitor_sees_it_and_subscribes()
    {
        var api = browser.App.Api();
        var agent = await api.CreateUserAsync("Agent", null, Password);
        var slug = "b-" + Guid.NewGuid().ToString("N")[..10];
        var client = api.WithKey(agent.Key);
        var created = await client.PostAsJsonAsync("/api/status/products", new { slug, name = "Browserproduct " + slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var componentName = "App-configuratie-API " + slug;
        await Api.EnsureAsync(await client.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = componentName, group = "App" }), HttpStatusCode.Created);

        // The agent, signed in through the login page.
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(agent.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Statuspagina" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/beheer/status");
        await BrowserFixture.AssertAccessibleAsync(page);

        var title = "Configuratie laadt niet " + slug;
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Bericht voor de abonnees").FillAsync("De app kan haar configuratie niet ophalen.");
        await page.GetByLabel(componentName).SelectOptionAsync("MajorOutage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld tonen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Onderwerp:")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pre")).ToContainTextAsync(componentName + ": grote storing");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Storing publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Identified");
        await page.GetByLabel("Bericht voor de abonnees").FillAsync("Een verlopen certificaat is de oorzaak.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Een verlopen certificaat is de oorzaak.")).ToBeVisibleAsync();

        await page.GotoAsync("/beheer/status/onderhoud");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/beheer/status/webhooks");
        await page.GetByLabel("URL (HTTPS)").FillAsync("http://voorbeeld.be/hook");
        await page.GetByRole(AriaRole.Button, new() { Name = "Webhook registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("HTTPS-URL");
        await page.GetByLabel("URL (HTTPS)").FillAsync($"https://{slug}.voorbeeld.be/hook");
        await page.GetByRole(AriaRole.Button, new() { Name = "Webhook registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("whsec_");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();

        // A visitor, not signed in.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"/status?product={slug}");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Een verlopen certificaat is de oorzaak.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator(".status-overall")).ToHaveTextAsync("Grote storing");
        var bar = visitor.GetByRole(AriaRole.List, new() { Name = componentName + ": beschikbaarheid per dag, laatste 90 dagen" });
        await Assertions.Expect(bar.Locator("li")).ToHaveCountAsync(90);
        var today = bar.Locator("li").Last;
        await Assertions.Expect(today).ToHaveClassAsync("x");
        await Assertions.Expect(today).ToContainTextAsync($"{Dutch.Date(DateTimeOffset.UtcNow)}: ");
        await Assertions.Expect(today).ToContainTextAsync("1 storing (ergste toestand: grote storing)");
        await BrowserFixture.AssertAccessibleAsync(visitor);

        await visitor.GotoAsync("/status");
        await BrowserFixture.AssertAccessibleAsync(visitor);
        await visitor.GotoAsync("/status/historiek");
        await BrowserFixture.AssertAccessibleAsync(visitor);
        await visitor.GotoAsync($"/status?product={slug}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Abonneren per e-mail" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(visitor);
        var email = $"bezoeker-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await visitor.GetByLabel("E-mailadres").FillAsync(email);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Abonneren" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync(email);

        var mail = Assert.Single(Mailbox.To(browser.App, email));
        var link = new Uri(Regex.Match(mail.TextBody ?? "", @"https?://\S+/status/bevestigen\?token=[0-9a-f]{64}").Value);
        await visitor.GotoAsync(link.PathAndQuery);
        await BrowserFixture.AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Abonnement bevestigen" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Je abonnement is bevestigd");
        await BrowserFixture.AssertAccessibleAsync(visitor);
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_maps_app_features_to_a_component_and_the_public_page_names_unannounced_maintenance()
    {
        var api = browser.App.Api();
        var agent = await api.CreateUserAsync("Agent", null, Password);
        var slug = "f-" + Guid.NewGuid().ToString("N")[..10];
        var client = api.WithKey(agent.Key);
        var created = await client.PostAsJsonAsync("/api/status/products", new { slug, name = "Functieproduct " + slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var componentName = "Documentendienst " + slug;
        var component = await client.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = componentName });
        await Api.EnsureAsync(component, HttpStatusCode.Created);
        var componentId = (await component.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // A draft whose time has come: it happened without being announced.
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        await Api.EnsureAsync(await client.PostAsJsonAsync("/api/status/maintenance", new
        {
            title = "Stille upgrade " + slug, description = "Niet aangekondigd.", start, end = start.AddHours(2), componentIds = new[] { componentId }, announce = false,
        }), HttpStatusCode.Created);

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(agent.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        await page.GotoAsync("/beheer/status");
        await page.GetByRole(AriaRole.Link, new() { Name = "app-functies per onderdeel" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        var form = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Group, new() { Name = componentName }) });
        await form.GetByLabel("(eBox) Documenten").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Functies van " + componentName + " bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De functies van het onderdeel zijn bewaard.");
        await Assertions.Expect(page.Locator("form", new() { Has = page.GetByRole(AriaRole.Group, new() { Name = componentName }) })
            .GetByLabel("(eBox) Documenten")).ToBeCheckedAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"/status?product={slug}");
        var section = visitor.GetByRole(AriaRole.Region, new() { Name = "Onderhoud dat niet vooraf werd aangekondigd" });
        await Assertions.Expect(section).ToContainTextAsync("Stille upgrade " + slug);
        await Assertions.Expect(section).ToContainTextAsync("Niet aangekondigd");
        await BrowserFixture.AssertAccessibleAsync(visitor);
        await visitor.Context.CloseAsync();
    }
}
