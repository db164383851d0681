using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;
using Platform.Tests.ServiceDesk;

namespace Platform.Tests.Browser;

/// <summary>The mailing section of the monthly service report (/servicedesk/maandrapport): the log of mailed reports and
/// the re-send that asks first (cancel sends nothing, confirm sends once); axe-clean at 1366 and 390 px, no page wider
/// than the viewport.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServiceReportMailingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_resends_last_months_report_after_confirming_and_sees_it_in_the_log()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("srm");
        var sdm = $"sdm-{Guid.NewGuid():N}@gemeente.test";
        await ServiceReportMailTests.ContractAsync(api, tenant.Slug, sdm: sdm);
        var agent = await api.CreateUserAsync("Agent", null, BrowserFixture.Password);
        var lastMonth = Platform.Kernel.Formatting.Dutch.Today(TimeProvider.System).AddMonths(-1);
        var month = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var monthName = lastMonth.ToString("MMMM yyyy", Platform.Kernel.Formatting.Dutch.Culture);

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(page, agent.Email);
        await page.GotoAsync($"/servicedesk/maandrapport?tenant={tenant.Slug}&month={month}");
        var section = page.GetByRole(AriaRole.Heading, new() { Name = "Verzending per e-mail" });
        await Assertions.Expect(section).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Nog geen maandrapport per e-mail verstuurd.")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // Asked first; cancelling sends nothing.
        var resend = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Maandrapport van .+ opnieuw versturen$") });
        await resend.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Maandrapport van {monthName} opnieuw versturen?" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Annuleren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ja, opnieuw versturen" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Nog geen maandrapport per e-mail verstuurd.")).ToBeVisibleAsync();
        Assert.Empty(Mailbox.To(browser.App, sdm));

        // Confirmed: sent once, in the log with who asked.
        await resend.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, opnieuw versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"is verstuurd naar Sam Delivery ({sdm})");
        var log = page.GetByRole(AriaRole.Table, new() { Name = "Verzonden maandrapporten" });
        await Assertions.Expect(log.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(log).ToContainTextAsync(sdm);
        await Assertions.Expect(log).ToContainTextAsync("Opnieuw verstuurd op vraag van");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        Assert.Single(Mailbox.To(browser.App, sdm));
        await page.Context.CloseAsync();
    }
}
