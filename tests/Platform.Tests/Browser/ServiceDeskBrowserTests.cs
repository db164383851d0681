using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>The service desk in Chromium: a reporter reports, an agent answers from the queue, the reporter sees the answer.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ServiceDeskBrowserTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.Password;

    [Fact]
    public async Task A_reporter_reports_an_agent_answers_from_the_queue_and_the_response_objective_is_met()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("bsd");
        var reporterUser = await api.CreateUserAsync("Reporter", tenant.Slug, Password);
        var agentUser = await api.CreateUserAsync("Agent", null, Password);
        var title = "App toont geen afvalkalender " + Guid.NewGuid().ToString("N")[..6];

        var reporter = await SignInAsync(reporterUser.Email);
        await reporter.GotoAsync("/servicedesk");
        await BrowserFixture.AssertAccessibleAsync(reporter);
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Nieuw incident melden" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(reporter);
        await reporter.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await reporter.GetByLabel("Beschrijving").FillAsync("Sinds vanochtend is de afvalkalender leeg voor iedereen.");
        await reporter.GetByLabel("Urgentie").SelectOptionAsync("1");
        await reporter.GetByLabel("Impact", new() { Exact = false }).SelectOptionAsync("1");
        await reporter.GetByLabel("Getroffen functie", new() { Exact = false }).FillAsync("Afvalkalender");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melden", Exact = true }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(reporter.GetByTestId("prioriteit")).ToContainTextAsync("P1");
        await BrowserFixture.AssertAccessibleAsync(reporter);
        var incidentUrl = reporter.Url;

        var agent = await SignInAsync(agentUser.Email);
        await agent.GotoAsync("/servicedesk/wachtrij");
        var firstRow = agent.Locator("table.queue tbody tr").First;
        await Assertions.Expect(firstRow).ToContainTextAsync(title);
        await Assertions.Expect(firstRow).ToContainTextAsync("(reactie)");
        await Assertions.Expect(firstRow).ToContainTextAsync("P1");
        await BrowserFixture.AssertAccessibleAsync(agent);
        await firstRow.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(agent);
        await agent.GetByLabel("Bericht").FillAsync("Interne notitie: leverancier gecontacteerd");
        await agent.GetByLabel("Interne notitie", new() { Exact = false }).CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("interne notitie");
        await agent.GetByLabel("Bericht").FillAsync("We hebben het probleem gevonden en werken aan een oplossing.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("antwoord is verstuurd");
        await Assertions.Expect(agent.Locator("tr[data-clock=Reactie]")).ToContainTextAsync("Gehaald");
        await BrowserFixture.AssertAccessibleAsync(agent);

        await reporter.GotoAsync(incidentUrl);
        await Assertions.Expect(reporter.GetByText("We hebben het probleem gevonden en werken aan een oplossing.")).ToBeVisibleAsync();
        await Assertions.Expect(reporter.Locator("tr[data-clock=Reactie]")).ToContainTextAsync("Gehaald");
        Assert.DoesNotContain("leverancier gecontacteerd", await reporter.ContentAsync());

        await agent.GotoAsync("/servicedesk/rapporten");
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Servicedeskrapport", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(agent);
        var admin = await SignInAsync((await api.CreateUserAsync("TenantAdmin", tenant.Slug, Password)).Email);
        await admin.GotoAsync("/servicedesk/rapporten");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Gemeente " + tenant.Slug);
        await BrowserFixture.AssertAccessibleAsync(admin);
        await admin.GotoAsync("/servicedesk/melders");
        await BrowserFixture.AssertAccessibleAsync(admin);
        await agent.GotoAsync("/servicedesk/nieuw");
        await BrowserFixture.AssertAccessibleAsync(agent);
        foreach (var page in new[] { reporter, agent, admin }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_service_report_page_shows_the_apis_figures_with_errors_next_to_the_field_and_is_axe_clean()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("bsr");
        var agentUser = await api.CreateUserAsync("Agent", null, Password);
        var adminUser = await api.CreateUserAsync("TenantAdmin", tenant.Slug, Password);
        var agentApi = api.WithKey(agentUser.Key);
        var monday = Platform.Tests.ServiceDesk.ServiceDeskApiTests.LastMondayAt10();
        await Platform.Tests.ServiceDesk.ServiceDeskClient.AgentIncidentAsync(agentApi, tenant.Slug, monday, 1, 1, "Storing maandrapport");
        var month = monday.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var json = await Platform.Tests.ServiceDesk.ServiceDeskClient.GetJsonAsync(api.WithKey(adminUser.Key),
            $"/api/servicedesk/tenants/{tenant.Slug}/service-reports/{month}");

        var admin = await SignInAsync(adminUser.Email);
        await admin.SetViewportSizeAsync(1366, 768);
        await admin.GotoAsync("/servicedesk/maandrapport?month=" + month);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Maandrapport dienstverlening", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Gemeente " + tenant.Slug);
        await Assertions.Expect(admin.Locator("tr", new() { HasText = "Totaal" })).ToContainTextAsync(json.GetProperty("total").GetInt32().ToString());
        await Assertions.Expect(admin.Locator("#sr-availability")).ToContainTextAsync(json.GetProperty("availability").GetProperty("display").GetString()!);
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "PDF downloaden" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(admin);
        await admin.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(admin);

        await admin.SetViewportSizeAsync(1366, 768);
        await admin.GotoAsync("/servicedesk/maandrapport?month=2026-13");
        await Assertions.Expect(admin.Locator("#sr-month-fout")).ToContainTextAsync("Kies een geldige maand");
        await Assertions.Expect(admin.GetByLabel("Maand", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(admin);

        var agent = await SignInAsync(agentUser.Email);
        await agent.GotoAsync("/servicedesk/maandrapport");
        await agent.GetByLabel("Lokaal bestuur (identificatie)", new() { Exact = true }).FillAsync(tenant.Slug);
        await agent.GetByLabel("Maand", new() { Exact = true }).FillAsync(month);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Assertions.Expect(agent.Locator("tr", new() { HasText = "Totaal" })).ToContainTextAsync(json.GetProperty("total").GetInt32().ToString());
        await BrowserFixture.AssertAccessibleAsync(agent);
        foreach (var page in new[] { admin, agent }) await page.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, email);
        return page;
    }
}
