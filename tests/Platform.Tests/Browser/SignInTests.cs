using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>Signing in through the real login page in Chromium, per role, and the home page each role sees.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.Password;

    [Theory]
    [InlineData("PlatformAdmin", "Platformbeheerder")]
    [InlineData("TenantAdmin", "Beheerder lokaal bestuur")]
    [InlineData("Reporter", "Melder")]
    [InlineData("Finance", "Financiën EV DV")]
    [InlineData("Agent", "Servicedeskmedewerker")]
    public async Task Signs_in_through_the_login_page_and_sees_the_role_home_page(string role, string dutchRole)
    {
        var api = browser.App.Api();
        var tenant = role is "TenantAdmin" or "Reporter" ? (await api.CreateTenantAsync()).Slug : null;
        var user = await api.CreateUserAsync(role, tenant, Password);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Contains("/aanmelden", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("E-mailadres").FillAsync(user.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();

        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await Assertions.Expect(page.Locator("p.lead")).ToContainTextAsync(dutchRole);
        Assert.Equal(role, await page.Locator("p.lead").GetAttributeAsync("data-role"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_a_dutch_message_and_strangers_cannot_lock_the_account()
    {
        var user = await browser.App.Api().CreateUserAsync("Finance", null, Password);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await page.GetByLabel("E-mailadres").FillAsync(user.Email);
            await page.GetByLabel("Wachtwoord").FillAsync("fout-wachtwoord-" + attempt);
            // Wait for the answer to this very attempt, not the alert still shown from the previous one.
            await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("/aanmelden"));
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord is niet juist.");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Sign-in is throttled (per address and per account, see SignInAbuseTests), never locked: the right password works.
        await page.GetByLabel("E-mailadres").FillAsync(user.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })).ToBeVisibleAsync();
        Assert.DoesNotContain("/aanmelden", page.Url);
        await page.Context.CloseAsync();
    }
}
