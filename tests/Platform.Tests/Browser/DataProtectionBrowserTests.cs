using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>A platform admin announces a new sub-processor on the Gegevensbescherming page (the DPO contact is mailed), a
/// tenant admin objects on the tenant's page, the platform admin settles it. axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataProtectionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Sub_processor_change_is_mailed_objected_to_by_the_tenant_and_settled()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("gdp");
        var dpo = $"dpo-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "DataProtectionOfficer", name = "An DPO", email = dpo }), HttpStatusCode.Created);
        var platformAdmin = await api.CreateUserAsync(Roles.PlatformAdmin, null, BrowserFixture.Password);
        var tenantAdmin = await api.CreateUserAsync(Roles.TenantAdmin, tenant.Slug, BrowserFixture.Password);
        var name = "Browserwolk " + Guid.NewGuid().ToString("N")[..8];

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, platformAdmin.Email);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Gegevensbescherming" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/gegevensbescherming");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "CRONOS PUBLIC SERVICES NV" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // Too early first: the error names the earliest date, next to the field.
        var today = Dutch.Today(TimeProvider.System);
        await page.GetByLabel("Soort wijziging").SelectOptionAsync("SubProcessorAddition");
        await page.GetByLabel("Gaat in op").FillAsync(today.AddDays(10).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Dienst", new() { Exact = true }).FillAsync("Back-up van de databank");
        await page.GetByLabel("Plaats van verwerking").FillAsync("Amsterdam, Nederland");
        await page.GetByLabel("Binnen de Europese Economische Ruimte?").SelectOptionAsync("ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aankondigen en versturen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#effectiveOn-fout")).ToContainTextAsync(Dutch.Date(today.AddDays(31)));
        await Assertions.Expect(page.GetByLabel("Gaat in op")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Gaat in op").FillAsync(today.AddDays(45).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aankondigen en versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe onderverwerker: " + name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = dpo + " (DPO)" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        var detailUrl = page.Url;
        var mail = Assert.Single(Mailbox.To(browser.App, dpo));
        Assert.Contains(name, mail.Subject);
        await page.Context.CloseAsync();

        // The tenant admin objects on the tenant's page.
        var tenantPage = await browser.NewPageAsync();
        await browser.SignInAsync(tenantPage, tenantAdmin.Email);
        await tenantPage.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Gegevensbescherming" }).ClickAsync();
        await tenantPage.WaitForURLAsync(browser.BaseUrl + "/gegevensbescherming/" + tenant.Slug);
        var card = tenantPage.GetByRole(AriaRole.Article, new() { Name = "Nieuwe onderverwerker: " + name });
        await Assertions.Expect(card).ToContainTextAsync("bezwaar mogelijk tot en met " + Dutch.Date(today.AddDays(30)));
        await BrowserFixture.AssertAccessibleAsync(tenantPage);
        await card.GetByLabel("Gemotiveerd bezwaar").FillAsync("Kort");
        await card.GetByRole(AriaRole.Button, new() { Name = "Bezwaar indienen" }).ClickAsync();
        await Assertions.Expect(tenantPage.GetByRole(AriaRole.Alert)).ToContainTextAsync("Motiveer het bezwaar");
        await BrowserFixture.AssertAccessibleAsync(tenantPage);
        card = tenantPage.GetByRole(AriaRole.Article, new() { Name = "Nieuwe onderverwerker: " + name });
        await card.GetByLabel("Gemotiveerd bezwaar").FillAsync("Back-ups buiten Vlaanderen vragen eerst een DPIA van onze kant.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Bezwaar indienen" }).ClickAsync();
        await Assertions.Expect(tenantPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw bezwaar is geregistreerd");
        await Assertions.Expect(tenantPage.GetByText("Nog niet afgehandeld")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(tenantPage);
        await tenantPage.Context.CloseAsync();

        // The platform admin settles it.
        var adminPage = await browser.NewPageAsync();
        await browser.SignInAsync(adminPage, platformAdmin.Email);
        await adminPage.GotoAsync(detailUrl);
        await Assertions.Expect(adminPage.GetByText("Back-ups buiten Vlaanderen vragen eerst een DPIA van onze kant.", new() { Exact = false })).ToBeVisibleAsync();
        await adminPage.GetByLabel("Vervangen door een andere onderverwerker").CheckAsync();
        await adminPage.GetByLabel("Toelichting").FillAsync("Back-up blijft bij Cronos in België.");
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Afhandeling vastleggen" }).ClickAsync();
        await Assertions.Expect(adminPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bezwaar is afgehandeld.");
        await Assertions.Expect(adminPage.GetByText("Back-up blijft bij Cronos in België.", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(adminPage);
        await adminPage.Context.CloseAsync();
    }
}
