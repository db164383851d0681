using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>"Wachtwoord vergeten?" end to end in Chromium with the mail from the pickup folder: the same answer for an
/// unknown address (and no mail), a one-time link, sign-in with the new password; then changing it while signed in.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PasswordBrowserTests(BrowserFixture browser)
{
    private const string NewPassword = "Nieuw-wachtwoord-2026";

    [Fact]
    public async Task Forgotten_password_is_reset_through_a_one_time_emailed_link_and_then_changed()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("pw");
        var user = await api.CreateUserAsync("TenantAdmin", tenant.Slug, BrowserFixture.Password);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        var unknown = $"niemand-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await page.GetByLabel("E-mailadres").FillAsync(unknown);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link versturen" }).ClickAsync();
        var answerForUnknown = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.Empty(Mailbox.To(browser.App, unknown));

        await page.GotoAsync("/wachtwoord-vergeten");
        await page.GetByLabel("E-mailadres").FillAsync(user.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link versturen" }).ClickAsync();
        var answer = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.Equal(answerForUnknown.Replace(unknown, "X"), answer.Replace(user.Email, "X")); // no account enumeration
        await BrowserFixture.AssertAccessibleAsync(page);

        var mail = Assert.Single(Mailbox.To(browser.App, user.Email));
        var link = new Uri(ResetLink().Match(mail.TextBody!).Value).PathAndQuery;
        await page.GotoAsync(link);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("kort");
        await page.GetByLabel("Nieuw wachtwoord herhalen").FillAsync("kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("minstens 12 tekens");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Nieuw wachtwoord herhalen").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord bewaren" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/aanmelden"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("wachtwoord is ingesteld");

        await SignInAsync(page, user.Email, NewPassword);
        // The link worked once.
        var again = await browser.NewPageAsync();
        await again.GotoAsync(link);
        await again.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("Nog-een-wachtwoord-9");
        await again.GetByLabel("Nieuw wachtwoord herhalen").FillAsync("Nog-een-wachtwoord-9");
        await again.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord bewaren" }).ClickAsync();
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("ongeldig, al gebruikt of verlopen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord", Exact = true }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Huidig wachtwoord").FillAsync("Niet-het-juiste-1");
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(BrowserFixture.Password);
        await page.GetByLabel("Nieuw wachtwoord herhalen").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("huidige wachtwoord is niet juist");
        await page.GetByLabel("Huidig wachtwoord").FillAsync(NewPassword);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(BrowserFixture.Password);
        await page.GetByLabel("Nieuw wachtwoord herhalen").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("wachtwoord is gewijzigd");
        var fresh = await browser.NewPageAsync();
        await browser.SignInAsync(fresh, user.Email);
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/");
    }

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex ResetLink();
}
