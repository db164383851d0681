using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Kernel.Formatting;
using Platform.Tests.Infrastructure;
using Platform.Tests.StatusPage;
using StatusPage.Persistence;

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
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Statuspagina" }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/beheer/status");
        await BrowserFixture.AssertAccessibleAsync(page);

        var title = "Configuratie laadt niet " + slug;
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Bericht voor de abonnees").FillAsync("De app kan haar configuratie niet ophalen.");
        await page.GetByLabel(componentName).SelectOptionAsync("MajorOutage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld tonen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Onderwerp:")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pre")).ToContainTextAsync(componentName + ": grote storing");
        await BrowserFixture.AssertAccessibleAsync(page);
        // Publishing reaches every subscriber: asked first, with how many get it; cancelling publishes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Storing publiceren" }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Region, new() { Name = $"Storing \"{title}\" publiceren?" });
        await Assertions.Expect(confirmation).ToContainTextAsync("Abonnees die een e-mail krijgen");
        await Assertions.Expect(confirmation).ToContainTextAsync(componentName + " (grote storing)");
        var before = await SubscribersAsync(confirmation);
        await BrowserFixture.AssertAccessibleAsync(page);
        await confirmation.GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Titel")).ToHaveValueAsync(title);
        Assert.DoesNotContain(title, await client.GetStringAsync("/api/status/incidents"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Storing publiceren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Ja, publiceren en \d+ abonnees? verwittigen$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Identified");
        await page.GetByLabel("Bericht voor de abonnees").FillAsync("Een verlopen certificaat is de oorzaak.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Update voor \"{title}\" publiceren?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Ja, update publiceren en \d+ abonnees? verwittigen$") }).ClickAsync();
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

        // Resolving cannot be undone and reaches the new subscriber too: asked first, one more than before; cancel, then confirm.
        var agentPage = await browser.NewPageAsync();
        await browser.SignInAsync(agentPage, agent.Email);
        var incidentId = JsonDocument.Parse(await client.GetStringAsync("/api/status/incidents")).RootElement.EnumerateArray()
            .First(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();
        await agentPage.GotoAsync($"/beheer/status/storingen/{incidentId}");
        await agentPage.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Resolved");
        await agentPage.GetByLabel("Bericht voor de abonnees").FillAsync("Het certificaat is vernieuwd.");
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Update publiceren" }).ClickAsync();
        var resolve = agentPage.GetByRole(AriaRole.Region, new() { Name = $"Storing \"{title}\" als opgelost publiceren?" });
        await Assertions.Expect(resolve).ToContainTextAsync("kan er geen update meer bij");
        Assert.Equal(before + 1, await SubscribersAsync(resolve));
        await BrowserFixture.AssertAccessibleAsync(agentPage);
        await resolve.GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
        Assert.Contains(title, await client.GetStringAsync("/api/status/incidents?open=true"));
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Update publiceren" }).ClickAsync();
        await agentPage.GetByRole(AriaRole.Button, new() { Name = $"Ja, storing oplossen en {before + 1} {(before + 1 == 1 ? "abonnee" : "abonnees")} verwittigen" }).ClickAsync();
        await Assertions.Expect(agentPage.GetByRole(AriaRole.Status)).ToContainTextAsync("De storing is opgelost");
        Assert.DoesNotContain(title, await client.GetStringAsync("/api/status/incidents?open=true"));
        // The browser host runs no job server: dispatch the incident's events as Hangfire would.
        await new StatusFixtureData(browser.App).DispatchAsync(incidentId);
        var resolved = await MailsAsync(email, "Het certificaat is vernieuwd.");

        // The subscription pages show who is signed in, as every page does.
        await agentPage.GotoAsync("/status/abonneren");
        await Assertions.Expect(agentPage.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
        var unsubscribe = new Uri(Regex.Match(resolved.TextBody ?? "", @"https?://\S+/status/uitschrijven\?token=[0-9a-f]{64}").Value);
        await agentPage.GotoAsync(unsubscribe.PathAndQuery);
        await Assertions.Expect(agentPage.Locator("header .who")).ToContainTextAsync("Aangemeld als");
        await Assertions.Expect(agentPage.GetByRole(AriaRole.Link, new() { Name = "Aanmelden" })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(agentPage);
        await agentPage.Context.CloseAsync();
    }

    /// <summary>The status mail to <paramref name="email"/> containing <paramref name="text"/>, once the dispatch job has sent it.</summary>
    private async Task<MimeKit.MimeMessage> MailsAsync(string email, string text)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Mailbox.To(browser.App, email).FirstOrDefault(m => (m.TextBody ?? "").Contains(text)) is { } mail) return mail;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"No mail to {email} containing \"{text}\".");
    }

    /// <summary>The number a confirmation gives as "Abonnees die een e-mail krijgen".</summary>
    private static async Task<int> SubscribersAsync(ILocator confirmation) =>
        int.Parse(await confirmation.Locator("dt:has-text('Abonnees die een e-mail krijgen') + dd").InnerTextAsync(), CultureInfo.InvariantCulture);

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
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.GotoAsync("/beheer/status");
        await page.GetByRole(AriaRole.Link, new() { Name = "producten en onderdelen" }).ClickAsync();
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

    [Fact]
    public async Task Agent_adds_a_product_and_a_component_on_screen_and_sets_its_status_by_hand_then_back_to_automatic()
    {
        var slug = "o-" + Guid.NewGuid().ToString("N")[..10];
        var productName = "Loket " + slug;
        var componentName = "Afsprakenmodule " + slug;
        var page = await browser.SignedInAsync("Agent");
        await page.GotoAsync("/beheer/status");
        await page.GetByRole(AriaRole.Link, new() { Name = "producten en onderdelen" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // Nothing filled in: the errors next to the fields, nothing added.
        var newProduct = page.GetByRole(AriaRole.Region, new() { Name = "Product toevoegen" });
        await newProduct.GetByRole(AriaRole.Button, new() { Name = "Product toevoegen" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Geef het product een naam");
        await Assertions.Expect(summary).ToContainTextAsync("Vul een adresnaam in");
        await Assertions.Expect(newProduct.GetByLabel("Naam", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);

        await newProduct.GetByLabel("Naam", new() { Exact = true }).FillAsync(productName);
        await newProduct.GetByLabel("Adresnaam (korte naam in de adresbalk)").FillAsync(slug);
        await newProduct.GetByRole(AriaRole.Button, new() { Name = "Product toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Product {productName} is toegevoegd");

        var product = page.GetByRole(AriaRole.Region, new() { Name = productName });
        await product.GetByRole(AriaRole.Button, new() { Name = "Onderdeel toevoegen aan " + productName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef het onderdeel een naam");
        product = page.GetByRole(AriaRole.Region, new() { Name = productName });
        await product.GetByLabel("Naam", new() { Exact = true }).FillAsync(componentName);
        await product.GetByRole(AriaRole.Button, new() { Name = "Onderdeel toevoegen aan " + productName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Onderdeel {componentName} is toegevoegd");

        await page.GetByLabel("Status van " + componentName).SelectOptionAsync("MajorOutage");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Status van {componentName} bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{componentName} staat nu met de hand op \"Grote storing\"");
        await Assertions.Expect(page.GetByLabel("Status van " + componentName)).ToHaveValueAsync("MajorOutage");
        await BrowserFixture.AssertAccessibleAsync(page);

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"/status?product={slug}");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync(componentName);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = productName + " – Grote storing" })).ToBeVisibleAsync();

        await page.GetByLabel("Status van " + componentName).SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Status van {componentName} bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De status van {componentName} volgt weer de storingen en het onderhoud.");
        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = productName + " – Operationeel" })).ToBeVisibleAsync();
        await visitor.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_switches_a_webhook_that_was_turned_off_after_failures_back_on()
    {
        var url = $"https://hook-{Guid.NewGuid():N}.voorbeeld.be/status";
        var page = await browser.SignedInAsync("Agent");
        await page.GotoAsync("/beheer/status/webhooks");
        await page.GetByLabel("URL (HTTPS)").FillAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Webhook registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("whsec_");
        var hook = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = url }) });
        await Assertions.Expect(hook).ToContainTextAsync("Actief");
        await Assertions.Expect(hook.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.GetByLabel("URL (HTTPS)").FillAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Webhook registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze URL is al geregistreerd");
        await Assertions.Expect(hook).ToHaveCountAsync(1);

        // What the delivery job does after its tenth failure in a row (StatusWebhookTests drives the job itself).
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
            await db.Webhooks.Where(w => w.Url == url).ExecuteUpdateAsync(w => w
                .SetProperty(x => x.DisabledAt, DateTimeOffset.UtcNow).SetProperty(x => x.ConsecutiveFailures, 10));
        }
        await page.GotoAsync("/beheer/status/webhooks");
        await Assertions.Expect(hook).ToContainTextAsync("Uitgeschakeld sinds");
        await Assertions.Expect(hook).ToContainTextAsync("10 mislukte leveringen op rij");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        await hook.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Opnieuw inschakelen\s*: https:\/\/hook-") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De webhook {url} is weer ingeschakeld.");
        await Assertions.Expect(hook).ToContainTextAsync("Actief");
        await Assertions.Expect(hook).ToContainTextAsync("0 mislukte leveringen op rij");
        await Assertions.Expect(hook.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
