using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>Issue 14: a tenant admin fills in Contactopties without typing JSON (services as rows, opening hours per
/// weekday, exceptions per date), reorders and removes rows with plain buttons, sees a Dutch error next to an unreadable period, saves all
/// features with one "Bewaren", confirms publishing after seeing the diff, and the app's configuration carries it all;
/// re-publishing an old version asks first too. axe at 1366 and 390 px on every screen.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class FeatureFormsBrowserTests(BrowserFixture browser)
{
    private static ILocator Service(IPage page, int number) => page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^Dienst {number}\\b") });

    [Fact]
    public async Task Tenant_admin_enters_contact_options_without_json_and_publishes_after_confirming_the_diff()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("cf");
        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(page, admin.Email);

        await page.GotoAsync($"/beheer/{tenant.Slug}/functies");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        Assert.Equal(0, await page.Locator("textarea").CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).CountAsync());

        await page.GetByLabel("Contactopties aanzetten").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Dienst toevoegen" }).ClickAsync();
        Assert.EndsWith("#f-contact-options-services-0", page.Url);
        var first = Service(page, 1);
        await first.GetByLabel("Naam van de dienst").FillAsync("Burgerzaken");
        await first.GetByLabel("Straat en huisnummer").FillAsync("Botermarkt 1");
        await first.GetByLabel("Postcode").FillAsync("9000");
        await first.GetByLabel("Gemeente").FillAsync("Gent");
        await first.GetByLabel("Telefoonnummer").FillAsync("09 210 10 10");
        await first.GetByLabel("maandag").FillAsync("09:00–12:00, 13:30–17:00");
        await first.GetByLabel("dinsdag").FillAsync("9-12");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dienst toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Contactopties aanzetten")).ToBeCheckedAsync();
        await Assertions.Expect(Service(page, 1).GetByLabel("maandag")).ToHaveValueAsync("09:00–12:00, 13:30–17:00");
        var second = Service(page, 2);
        await second.GetByLabel("Naam van de dienst").FillAsync("Bibliotheek");
        await second.GetByLabel("Straat en huisnummer").FillAsync("Kattenberg 9");
        await second.GetByLabel("Postcode").FillAsync("9000");
        await second.GetByLabel("Gemeente").FillAsync("Gent");
        await second.GetByLabel("Telefoonnummer").FillAsync("09 323 68 00");
        await second.GetByLabel("woensdag").FillAsync("ma-vr 9-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();

        // The unreadable period: in the summary with a link to the field, and next to the field itself.
        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Contactopties, dienst 2: Op woensdag kan \"ma-vr 9-12\" niet gelezen worden. Schrijf de periodes als 09:00–12:00, 13:30–17:00.");
        var wednesday = Service(page, 2).GetByLabel("woensdag");
        await Assertions.Expect(wednesday).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = (await wednesday.GetAttributeAsync("aria-describedby"))!;
        await Assertions.Expect(page.Locator("#" + describedBy.Split(' ').Last())).ToContainTextAsync("niet gelezen worden");
        Assert.Equal("#" + await wednesday.GetAttributeAsync("id"), await alert.GetByRole(AriaRole.Link).First.GetAttributeAsync("href"));
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        Assert.Empty(await api.WithKey(admin.Key).GetFromJsonAsync<JsonElement[]>($"/api/tenants/{tenant.Slug}/versions") ?? []);

        // Fix it, move the library up, add a third row and remove it again: nothing is saved until "Bewaren".
        await wednesday.FillAsync("14:00-18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dienst 2 naar boven" }).ClickAsync();
        Assert.EndsWith("#f-contact-options-services-0", page.Url);
        await Assertions.Expect(Service(page, 1).GetByLabel("Naam van de dienst")).ToHaveValueAsync("Bibliotheek");
        await Assertions.Expect(Service(page, 1).GetByLabel("woensdag")).ToHaveValueAsync("14:00-18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dienst toevoegen" }).ClickAsync();
        await Service(page, 3).GetByLabel("Naam van de dienst").FillAsync("Tijdelijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dienst 3 verwijderen" }).ClickAsync();
        await Assertions.Expect(Service(page, 3)).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De functies zijn bewaard in het concept.");
        await Assertions.Expect(Service(page, 2).GetByLabel("maandag")).ToHaveValueAsync("09:00–12:00, 13:30–17:00");
        await Assertions.Expect(Service(page, 2).GetByLabel("dinsdag")).ToHaveValueAsync("09:00–12:00");

        // Exceptions: a closing day and special hours on a date, as rows of the service; a date given twice is refused next to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitzondering toevoegen aan dienst 2" }).ClickAsync();
        Assert.EndsWith("#f-contact-options-services-1-openingHours-exceptions-0", page.Url);
        var christmas = page.GetByRole(AriaRole.Group, new() { Name = "Uitzondering 1 (dienst 2)" });
        await christmas.GetByLabel("Datum").FillAsync("25/12/2026");
        await christmas.GetByLabel("Reden (optioneel)").FillAsync("Kerstmis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitzondering toevoegen aan dienst 2" }).ClickAsync();
        var eve = page.GetByRole(AriaRole.Group, new() { Name = "Uitzondering 2 (dienst 2)" });
        await eve.GetByLabel("Datum").FillAsync("25/12/2026");
        await eve.GetByLabel("Openingsuren die dag").FillAsync("9-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Contactopties, dienst 2: De datum 25/12/2026 staat er twee keer in.");
        await Assertions.Expect(eve.GetByLabel("Datum")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(christmas.GetByLabel("Datum")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await eve.GetByLabel("Datum").FillAsync("24/12/2026");
        await eve.GetByLabel("Reden (optioneel)").FillAsync("Kerstavond");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De functies zijn bewaard in het concept.");
        await Assertions.Expect(christmas.GetByLabel("Openingsuren die dag")).ToHaveValueAsync("gesloten");
        await Assertions.Expect(eve.GetByLabel("Openingsuren die dag")).ToHaveValueAsync("09:00–12:00");
        await Assertions.Expect(eve.GetByLabel("Reden (optioneel)")).ToHaveValueAsync("Kerstavond");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // Publishing asks first, with what changes; cancelling publishes nothing.
        await page.GotoAsync($"/beheer/{tenant.Slug}/publiceren");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept publiceren" }).ClickAsync();
        var diff = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(diff.GetByRole(AriaRole.Row, new() { Name = "Contactopties – dienst \"Bibliotheek\"" })).ToContainTextAsync("woensdag 14:00–18:00");
        await Assertions.Expect(diff.GetByRole(AriaRole.Row, new() { Name = "Contactopties – dienst \"Burgerzaken\"" })).ToContainTextAsync("maandag 09:00–12:00, 13:30–17:00");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Er is nog geen versie gepubliceerd.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept publiceren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 1 publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 1 is gepubliceerd");

        var config = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/apps/{tenant.Slug}/config");
        var services = config.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "contact-options")
            .GetProperty("settings").GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(["Bibliotheek", "Burgerzaken"], services.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("+3293236800", services[0].GetProperty("phoneE164").GetString());
        Assert.Equal("""[{"from":"14:00","to":"18:00"}]""", services[0].GetProperty("openingHours").GetProperty("wednesday").GetRawText());
        Assert.Equal("""[{"from":"09:00","to":"12:00"},{"from":"13:30","to":"17:00"}]""", services[1].GetProperty("openingHours").GetProperty("monday").GetRawText());
        Assert.Equal("""[{"from":"09:00","to":"12:00"}]""", services[1].GetProperty("openingHours").GetProperty("tuesday").GetRawText());
        Assert.Equal("""[{"date":"2026-12-24","hours":[{"from":"09:00","to":"12:00"}],"reason":"Kerstavond"},{"date":"2026-12-25","hours":[],"reason":"Kerstmis"}]""",
            services[1].GetProperty("openingHours").GetProperty("exceptions").GetRawText());
        Assert.Equal("[]", services[0].GetProperty("openingHours").GetProperty("exceptions").GetRawText());

        // Version 2 drops the library; re-publishing version 1 shows that it comes back, and asks first.
        await page.GotoAsync($"/beheer/{tenant.Slug}/functies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dienst 1 verwijderen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("bewaard");
        await page.GotoAsync($"/beheer/{tenant.Slug}/publiceren?stap=bevestigen");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Contactopties – dienst \"Bibliotheek\"" })).ToContainTextAsync("verwijderd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 2 publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 2 is gepubliceerd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Versie 1 opnieuw publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Versie 1 opnieuw publiceren?");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Contactopties – dienst \"Bibliotheek\"" })).ToContainTextAsync("toegevoegd");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 1 opnieuw publiceren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 3 is gepubliceerd");
        var again = await api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/apps/{tenant.Slug}/config");
        Assert.Contains("Bibliotheek", again.GetRawText());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Report_categories_are_rows_colours_have_pickers_and_the_logo_can_be_removed()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("rc");
        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(page, admin.Email);

        await page.GotoAsync($"/beheer/{tenant.Slug}/functies");
        await page.GetByLabel("Melding doen aanzetten").CheckAsync();
        await page.GetByLabel("Mailbox voor meldingen (Melding doen)").FillAsync("meldingen@rc.be");
        await page.GetByRole(AriaRole.Button, new() { Name = "Categorie toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Categorie 1" }).GetByLabel("Naam van de categorie").FillAsync("Zwerfvuil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Categorie toevoegen" }).ClickAsync();
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Categorie 2" });
        await second.GetByLabel("Naam van de categorie").FillAsync("Wegen");
        await second.GetByLabel("Eigen mailbox (optioneel)").FillAsync("wegen@rc.be");
        // A second feature with an error in the same save: nothing is saved, both errors are listed per feature.
        await page.GetByLabel("Lokaal nieuws aanzetten").CheckAsync();
        await page.GetByLabel("Link naar de nieuwsfeed (RSS of Atom) (Lokaal nieuws)").FillAsync("http://nieuws.rc.be/feed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Lokaal nieuws:");
        await Assertions.Expect(page.GetByLabel("Link naar de nieuwsfeed (RSS of Atom) (Lokaal nieuws)")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Lokaal nieuws aanzetten").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("bewaard");
        var draft = await api.WithKey(admin.Key).GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/draft");
        var report = draft.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "report-issue");
        Assert.Equal("""[{"name":"Zwerfvuil","mailbox":null},{"name":"Wegen","mailbox":"wegen@rc.be"}]""", report.GetProperty("settings").GetProperty("categories").GetRawText());
        Assert.False(draft.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "local-news").GetProperty("enabled").GetBoolean());

        var upload = new ByteArrayContent("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>"""u8.ToArray());
        upload.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        Assert.Equal(HttpStatusCode.OK, (await api.WithKey(admin.Key).PutAsync($"/api/tenants/{tenant.Slug}/draft/logo", upload)).StatusCode);
        await page.GotoAsync($"/beheer/{tenant.Slug}/huisstijl");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        // Without JavaScript the picker and the hex field are two inputs; the moved picker wins.
        await page.Locator("#picker-primary").FillAsync("#6a1b9a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Huisstijl bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Primaire kleur", new() { Exact = true })).ToHaveValueAsync("#6A1B9A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logo verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het logo is uit het concept verwijderd");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        draft = await api.WithKey(admin.Key).GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/draft");
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("logoUrl").ValueKind);
        Assert.Equal("#6A1B9A", draft.GetProperty("branding").GetProperty("primary").GetString());
        await page.Context.CloseAsync();
    }
}
