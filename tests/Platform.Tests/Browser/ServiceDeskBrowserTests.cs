using Microsoft.Playwright;

namespace Platform.Tests.Browser;

/// <summary>The service desk in Chromium: a reporter reports, an agent answers from the queue, the reporter sees the answer.</summary>
[Collection(BrowserCollection.Name)]
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

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, email);
        return page;
    }
}
