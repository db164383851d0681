using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>Issue 15.1/15.4/15.7 in the browser: a tenant admin submits a processing assignment, a platform admin approves it
/// and prints the PDF; a data-subject request is logged by staff and closed by the tenant; the record of processing and
/// the access log. axe clean at 1366 and 390 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProcessingRecordsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Tenant_admin_submits_an_assignment_the_platform_admin_approves_and_prints_it_and_a_subject_request_is_passed_on()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("gpa");
        var dpo = $"dpo-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role = "DataProtectionOfficer", name = "Cas DPO", email = dpo }), HttpStatusCode.Created);
        var platformAdmin = await api.CreateUserAsync(Roles.PlatformAdmin, null, BrowserFixture.Password);
        var tenantAdmin = await api.CreateUserAsync(Roles.TenantAdmin, tenant.Slug, BrowserFixture.Password);

        // The tenant admin orders DOSIS; first without a purpose: the error stands next to the field.
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, tenantAdmin.Email);
        await page.GotoAsync("/gegevensbescherming/" + tenant.Slug);
        await page.GetByRole(AriaRole.Link, new() { Name = "Verwerkingsopdracht", Exact = true }).ClickAsync();
        await page.WaitForPageAsync($"{browser.BaseUrl}/gegevensbescherming/{tenant.Slug}/verwerkingsopdracht");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("DOSIS bestellen").CheckAsync();
        var dosisData = page.GetByRole(AriaRole.Group, new() { Name = "Type (persoons)gegevens voor DOSIS" });
        await dosisData.GetByLabel("Dossier-ID", new() { Exact = true }).CheckAsync();
        await dosisData.GetByLabel("Fasen en statussen van het dossier (+ datum)").CheckAsync();
        await page.Locator("#subjects-Dosis").FillAsync("Burgers met een lopend dossier");
        await page.Locator("#subject-Dosis").FillAsync("Opvolging van omgevingsvergunningen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie indienen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Dosis-purpose-fout")).ToContainTextAsync("Geef de aard en het doel van de verwerking voor DOSIS");
        await Assertions.Expect(page.Locator("#purpose-Dosis")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef de aard en het doel");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.Locator("#purpose-Dosis").FillAsync("Burgers volgen de fasen van hun vergunningsdossier.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie indienen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 1 is ingediend");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Ingediend, wacht op goedkeuring" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        // The platform admin approves it and prints the PDF.
        var admin = await browser.NewPageAsync();
        await browser.SignInAsync(admin, platformAdmin.Email);
        await admin.GotoAsync("/gegevensbescherming");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Verwerkingsopdrachten van de lokale besturen" }).ClickAsync();
        await admin.WaitForPageAsync(browser.BaseUrl + "/gegevensbescherming/verwerkingsopdrachten");
        var card = admin.GetByRole(AriaRole.Article, new() { Name = $"Gemeente {tenant.Slug}, versie 1" });
        await Assertions.Expect(card).ToContainTextAsync("Burgers volgen de fasen van hun vergunningsdossier.");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(admin);
        await card.GetByRole(AriaRole.Button, new() { Name = $"Versie 1 van Gemeente {tenant.Slug} goedkeuren" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 1 is goedgekeurd.");
        card = admin.GetByRole(AriaRole.Article, new() { Name = $"Gemeente {tenant.Slug}, versie 1" });
        await Assertions.Expect(card).ToContainTextAsync("Goedgekeurd (van kracht)");
        var link = card.GetByRole(AriaRole.Link, new() { Name = $"PDF van versie 1 van Gemeente {tenant.Slug}" });
        var pdf = await admin.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var text = Platform.Tests.Billing.PdfText.Extract(await pdf.BodyAsync());
        Assert.Contains("Opvolging van omgevingsvergunningen", text);
        Assert.Contains("Fasen en statussen van het dossier (+ datum)", text);
        Assert.Contains("Handtekening", text);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(admin);

        // The record of processing shows the approved assignment.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Register van de verwerkingen (alle lokale besturen)" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Article, new() { Name = "Gemeente " + tenant.Slug })).ToContainTextAsync("Verwerkingsopdracht versie 1");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(admin);

        // Staff log a data-subject request; it goes to the DPO contact at once.
        await admin.GotoAsync("/gegevensbescherming/verzoeken");
        await admin.GetByLabel("Lokaal bestuur").SelectOptionAsync(tenant.Slug);
        await admin.GetByLabel("Ontvangen op").FillAsync(DateTime.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"));
        await admin.GetByLabel("Kanaal").SelectOptionAsync("Telefoon");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Registreren en doorgeven" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#kind-fout")).ToContainTextAsync("Kies het soort verzoek");
        await Assertions.Expect(admin.GetByLabel("Soort verzoek")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(admin);
        await admin.GetByLabel("Soort verzoek").SelectOptionAsync("Rectificatie");
        await admin.GetByLabel("Korte omschrijving (enkel wat het bestuur nodig heeft)").FillAsync("Een burger meldt een fout dossierstatus in DOSIS.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Registreren en doorgeven" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("meteen doorgegeven aan " + dpo);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(admin);
        Assert.Contains("Recht op rectificatie", Assert.Single(Mailbox.To(browser.App, dpo)).TextBody);
        await admin.Context.CloseAsync();

        // The tenant admin closes it, and sees the access log.
        var own = await browser.NewPageAsync();
        await browser.SignInAsync(own, tenantAdmin.Email);
        await own.GotoAsync("/gegevensbescherming/" + tenant.Slug);
        await own.GetByRole(AriaRole.Link, new() { Name = "Verzoeken van betrokkenen" }).ClickAsync();
        await Assertions.Expect(own.GetByText("Een burger meldt een fout dossierstatus in DOSIS.")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(own);
        await own.GetByRole(AriaRole.Button, new() { Name = "afsluiten" }).ClickAsync();
        await Assertions.Expect(own.GetByRole(AriaRole.Status)).ToContainTextAsync("staat als afgesloten");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(own);
        await own.GotoAsync($"/gegevensbescherming/{tenant.Slug}/inzage");
        await Assertions.Expect(own.GetByRole(AriaRole.Heading, new() { Name = "Inzage in je gegevens door Digitaal Vlaanderen" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(own);
        await own.GetByLabel("Van").FillAsync("2026-12-31");
        await own.GetByLabel("Tot en met").FillAsync("2026-01-01");
        await own.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Assertions.Expect(own.Locator("#until-fout")).ToContainTextAsync("voor de begindatum");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(own);
        await own.GotoAsync($"/gegevensbescherming/{tenant.Slug}/register");
        await Assertions.Expect(own.GetByRole(AriaRole.Article, new() { Name = "Gemeente " + tenant.Slug })).ToContainTextAsync("Opvolging van omgevingsvergunningen");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(own);
        await own.Context.CloseAsync();
    }
}
