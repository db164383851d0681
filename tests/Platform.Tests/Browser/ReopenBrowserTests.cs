using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDesk.Intake;
using ServiceDesk.Persistence;

namespace Platform.Tests.Browser;

/// <summary>Issue 16 point 4 in Chromium: a reporter reopens a resolved incident from its page (a reason is required), at
/// 1366 and 390 pixels wide, axe clean; the agent's "Onbekende afzender" list is axe clean too.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ReopenBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reporter_reopens_a_resolved_incident_with_a_reason()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("heropen");
        var reporterUser = await api.CreateUserAsync("Reporter", tenant.Slug, BrowserFixture.Password);
        var agentUser = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var title = "Inloggen faalt " + Guid.NewGuid().ToString("N")[..6];
        var created = await (await api.WithKey(reporterUser.Key).PostAsJsonAsync("/api/servicedesk/incidents",
            new { title, description = "Itsme geeft een fout.", urgency = 2, impact = 2 })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        (await api.WithKey(agentUser.Key).PostAsJsonAsync($"/api/servicedesk/incidents/{id}/status", new { status = "resolved", reason = "Certificaat vernieuwd." }))
            .EnsureSuccessStatusCode();

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(page, reporterUser.Email);
        await page.GotoAsync($"/servicedesk/incidenten/{id}");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Opgelost");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Is het probleem opgelost?" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // Without a reason: the Dutch message next to the field, nothing changed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Heropenen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#heropenen-fout")).ToContainTextAsync("Geef een reden");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Opgelost");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Waarom heropen je het incident?").FillAsync("Bij twee collega's faalt het nog altijd.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Heropenen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het incident is heropend.");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("In behandeling");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync("Heropend door de melder: Bij twee collega's faalt het nog altijd.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Heropenen", Exact = true })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(page);

        // The agent's review list, with one mail waiting.
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            db.ReviewMails.Add(new ReviewMail
            {
                Id = Guid.NewGuid(), ReceivedAt = DateTimeOffset.UtcNow, Reason = ReviewReason.UnknownSender, FromAddress = "iemand@elders.test",
                Subject = "Vraag " + title, Body = "Hoe werkt de app?",
            });
            await db.SaveChangesAsync();
        }
        var agent = await browser.NewPageAsync();
        await agent.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(agent, agentUser.Email);
        await agent.GotoAsync("/servicedesk/onbekende-afzenders");
        await Assertions.Expect(agent.Locator("main")).ToContainTextAsync("Vraag " + title);
        await BrowserFixture.AssertAccessibleAsync(agent);
        await agent.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(agent);
        foreach (var p in new[] { page, agent }) await p.Context.CloseAsync();
    }
}
