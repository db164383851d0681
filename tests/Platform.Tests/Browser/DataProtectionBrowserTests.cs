using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>A platform admin announces a new sub-processor on the Gegevensbescherming page (the DPO contact is mailed), a
/// tenant admin objects on the tenant's page, the platform admin settles it. axe on every page.</summary>
[Collection(SecondBrowserCollection.Name)]
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
        await page.WaitForPageAsync(browser.BaseUrl + "/gegevensbescherming");
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
        await tenantPage.WaitForPageAsync(browser.BaseUrl + "/gegevensbescherming/" + tenant.Slug);
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
        await Assertions.Expect(tenantPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bezwaar is geregistreerd");
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

    [Fact]
    public async Task Breach_is_recorded_and_notified_with_its_PDF_and_the_tenant_admin_finds_it()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("gbr");
        var dpo = $"dpo-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "DataProtectionOfficer", name = "Bo DPO", email = dpo }), HttpStatusCode.Created);
        var platformAdmin = await api.CreateUserAsync(Roles.PlatformAdmin, null, BrowserFixture.Password);
        var tenantAdmin = await api.CreateUserAsync(Roles.TenantAdmin, tenant.Slug, BrowserFixture.Password);
        var title = "Verkeerd verstuurde notificaties " + Guid.NewGuid().ToString("N")[..6];

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, platformAdmin.Email);
        await page.GotoAsync("/gegevensbescherming");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register van inbreuken in verband met persoonsgegevens" }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/gegevensbescherming/inbreuken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inbreuk registreren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#nature-fout")).ToContainTextAsync("Beschrijf de aard van de inbreuk");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Ontdekt op (Belgische tijd)").FillAsync(Dutch.ToBrussels(DateTimeOffset.UtcNow.AddHours(-2)).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("Aard van de inbreuk").FillAsync("Notificaties met dossierstatus naar een verkeerd e-mailadres.");
        await page.GetByLabel("Waarschijnlijke gevolgen").FillAsync("Derden kennen het bestaan van een dossier.");
        await page.GetByLabel("Genomen maatregelen").FillAsync("Verzending stopgezet, adressen gecorrigeerd.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inbreuk registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbreuk: " + title, Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Lokaal bestuur", new() { Exact = true }).SelectOptionAsync(tenant.Slug);
        await page.GetByLabel("Categorieën van betrokkenen en persoonsgegevens").FillAsync("Burgers: INSZ, dossier-ID, notificatieboodschap");
        await page.GetByLabel("Geschat aantal betrokkenen").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Burgers: INSZ, dossier-ID, notificatieboodschap" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("(loopt)")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Getroffen besturen nu verwittigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("verwittigd");
        await Assertions.Expect(page.GetByText("(op tijd)")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        var mail = Assert.Single(Mailbox.To(browser.App, dpo));
        Assert.Contains(title, mail.Subject);
        Assert.Single(mail.Attachments);
        await page.Context.CloseAsync();

        var tenantPage = await browser.NewPageAsync();
        await browser.SignInAsync(tenantPage, tenantAdmin.Email);
        await tenantPage.GotoAsync("/gegevensbescherming/" + tenant.Slug);
        var link = tenantPage.GetByRole(AriaRole.Link, new() { Name = $"melding als PDF ({title})" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(tenantPage);
        var pdf = await tenantPage.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.Contains("Burgers: INSZ, dossier-ID, notificatieboodschap", Platform.Tests.Billing.PdfText.Extract(await pdf.BodyAsync()));
        await tenantPage.Context.CloseAsync();
    }
}
