using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>People and access in Chromium: a tenant admin invites a reporter, who chooses a password from the e-mailed link
/// and signs in, and the audit page shows both; a platform admin switches on two-factor sign-in, signs in with a code
/// computed from the key the page shows, and with a recovery code once. Every page axe-clean at 1366 and 390 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessBrowserTests(BrowserFixture browser)
{
    private const string ReporterPassword = "Melder-kiest-zelf-2026";

    [Fact]
    public async Task Tenant_admin_invites_a_reporter_who_sets_a_password_and_the_audit_page_shows_it()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("inv");
        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);

        await page.GotoAsync("/servicedesk/melders");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("naam is verplicht");
        await Assertions.Expect(page.GetByLabel("Naam")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var email = $"ria-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await page.GetByLabel("Naam").FillAsync("Ria Melder");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Rol").SelectOptionAsync("Reporter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ria Melder is uitgenodigd");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Ria Melder" })).ToContainTextAsync("uitgenodigd");
        Assert.Equal(0, await page.Locator("input[type=password]").CountAsync()); // nobody types another person's password

        var mail = Assert.Single(Mailbox.To(browser.App, email));
        var link = new Uri(SetPasswordLink().Match(mail.TextBody!).Value).PathAndQuery;
        var reporter = await browser.NewPageAsync();
        await reporter.GotoAsync(link);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(reporter);
        await reporter.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(ReporterPassword);
        await reporter.GetByLabel("Nieuw wachtwoord herhalen").FillAsync(ReporterPassword);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord bewaren" }).ClickAsync();
        await reporter.WaitForPageAsync(new Regex("/aanmelden"));
        await reporter.GetByLabel("E-mailadres").FillAsync(email);
        await reporter.GetByLabel("Wachtwoord").FillAsync(ReporterPassword);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await reporter.WaitForPageAsync(browser.BaseUrl + "/");
        await Assertions.Expect(reporter.Locator(".who")).ToContainTextAsync("Melder");

        await page.GetByRole(AriaRole.Link, new() { Name = "Auditlog" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Auditlog van");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("user.invited");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("user.invitation-accepted");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Soort").FillAsync("accepted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("soort=accepted"));
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByLabel("Van (dd/mm/jjjj)").FillAsync("32/13/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("begindatum is geen geldige datum");
        await Assertions.Expect(page.GetByLabel("Van (dd/mm/jjjj)")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);

        // Removing asks to confirm first.
        await page.GotoAsync("/servicedesk/melders");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ria Melder verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ria Melder verwijderen?" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, Ria Melder verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("verwijderd");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Ria Melder" })).ToHaveCountAsync(0);
        foreach (var p in new[] { page, reporter }) await p.Context.CloseAsync();
    }

    [Fact]
    public async Task Platform_admin_switches_on_two_factor_sign_in_and_signs_in_with_a_code_and_a_recovery_code_once()
    {
        var api = browser.App.Api();
        var admin = await api.CreateUserAsync("PlatformAdmin", null, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        var key = await page.GetByTestId("sleutel").InnerTextAsync();
        await page.GetByLabel("Code uit de app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inschakelen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("niet juist");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Code uit de app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inschakelen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("ingeschakeld");
        var codes = await page.Locator(".recovery-codes code").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        await page.GotoAsync("/aanmelden");
        await PasswordAsync(page, admin.Email);
        await page.WaitForPageAsync(new Regex("/aanmelden/tweestaps"));
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        await page.GotoAsync("/aanmelden");
        await PasswordAsync(page, admin.Email);
        await page.GetByLabel("Herstelcode").FillAsync(codes[3]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden met herstelcode" }).ClickAsync();
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        await page.GotoAsync("/aanmelden");
        await PasswordAsync(page, admin.Email);
        await page.GetByLabel("Herstelcode").FillAsync(codes[3]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden met herstelcode" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze code is niet juist");
        await Assertions.Expect(page.GetByLabel("Herstelcode")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task PasswordAsync(IPage page, string email)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
    }

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex SetPasswordLink();
}
