using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>A platform admin invites a finance colleague on the users page, who chooses a password from the e-mailed link and
/// signs in; the admin then sees the last sign-in, creates an API key (shown once) and revokes it. axe on both pages.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class UsersBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Platform_admin_invites_a_user_who_sets_a_password_and_manages_the_users_keys()
    {
        var api = browser.App.Api();
        var platform = await api.CreateUserAsync("PlatformAdmin", password: BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, platform.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).First.ClickAsync();
        await page.WaitForPageAsync(new Regex("/beheer/gebruikers$"));
        await BrowserFixture.AssertAccessibleAsync(page);

        var email = $"financien-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Fien Financiën");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Rol").SelectOptionAsync("Finance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fien Financiën is uitgenodigd");

        var link = new Uri(SetPasswordLink().Match(Assert.Single(Mailbox.To(browser.App, email)).TextBody!).Value).PathAndQuery;
        var invitee = await browser.NewPageAsync();
        await invitee.GotoAsync(link);
        await invitee.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(BrowserFixture.Password);
        await invitee.GetByLabel("Nieuw wachtwoord herhalen").FillAsync(BrowserFixture.Password);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord bewaren" }).ClickAsync();
        await invitee.WaitForPageAsync(new Regex("/aanmelden"));
        await browser.SignInAsync(invitee, email);

        await page.ReloadAsync();
        var row = page.GetByRole(AriaRole.Row, new() { Name = email });
        await Assertions.Expect(row).Not.ToContainTextAsync("nooit");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Naam van de sleutel").FillAsync("boekhoudpakket");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel aanmaken" }).ClickAsync();
        var key = await page.Locator("#sleutel").InnerTextAsync();
        Assert.StartsWith("mbp_", key);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#sleutel")).ToHaveCountAsync(0); // shown once
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel boekhoudpakket intrekken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ingetrokken");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.WithKey(key).GetAsync("/api/me")).StatusCode);
    }

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex SetPasswordLink();
}
