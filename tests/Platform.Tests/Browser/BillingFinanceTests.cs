using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Billing;

namespace Platform.Tests.Browser;

/// <summary>Finance runs the year, reviews the drafts, issues one, downloads its PDF; every page passes axe.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class BillingFinanceTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.Password;

    [Fact]
    public async Task Finance_runs_the_year_reviews_and_issues_drafts_and_downloads_a_pdf()
    {
        var api = browser.App.Api();
        var tenant = await BillingSetup.LiveTenantAsync(api, 20_000, new DateOnly(2026, 5, 10));
        var name = "Gemeente " + tenant.Slug;
        var finance = await api.CreateUserAsync("Finance", null, Password);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, finance.Email);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Facturen" }).ClickAsync();
        await page.GotoAsync("/facturen?jaar=2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Facturen 2026");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Facturatierun starten voor 2026" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/facturen/runs/"));
        var line = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Assertions.Expect(line).ToContainTextAsync("Ontwerp opgemaakt");
        await Assertions.Expect(line).ToContainTextAsync("€ 3.333,33");
        await BrowserFixture.AssertAccessibleAsync(page);

        // On the draft, finance can fill in the customer's references; a bad value is refused next to its field.
        await page.GotoAsync("/facturen?jaar=2026&status=draft");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Details van {name} 2026" }).ClickAsync();
        await page.GetByLabel("Bestelbonnummer (Peppol BT-13)").FillAsync(new string('9', 101));
        await page.GetByRole(AriaRole.Button, new() { Name = "Referenties bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#orderReference-error")).ToHaveTextAsync("Het bestelbonnummer is te lang (hoogstens 100 tekens).");
        await Assertions.Expect(page.GetByLabel("Bestelbonnummer (Peppol BT-13)")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Issuing asks first, with the count and the total (issue 14.2): finance cancels once, nothing is issued.
        await page.GotoAsync("/facturen?jaar=2026&status=draft");
        await page.GetByLabel($"Selecteer ontwerp voor {name}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Geselecteerde ontwerpen uitgeven" }).ClickAsync();
        var confirmation = page.Locator("#bevestigen");
        await Assertions.Expect(confirmation.GetByRole(AriaRole.Heading, new() { Name = "1 factuur uitgeven?" })).ToBeVisibleAsync();
        await Assertions.Expect(confirmation).ToContainTextAsync("Aantal facturen");
        await Assertions.Expect(confirmation).ToContainTextAsync("€ 3.333,33");
        await Assertions.Expect(confirmation).ToContainTextAsync(name);
        await BrowserFixture.AssertAccessibleAtBothWidthsAsync(page);
        await confirmation.GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#bevestigen")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Ontwerp");
        Assert.Contains("status=draft", page.Url);

        // Then confirms: the existing check for the customer's reference still follows.
        await page.GetByLabel($"Selecteer ontwerp voor {name}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Geselecteerde ontwerpen uitgeven" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, 1 factuur uitgeven" }).ClickAsync();
        // No number is taken yet: the draft has no customer reference, so Peppol would refuse its e-invoice.
        var lacking = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(lacking).ToContainTextAsync("referentie van de klant ontbreekt");
        await Assertions.Expect(lacking.GetByRole(AriaRole.Link, new() { Name = $"{name} – ontwerp 2026" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toch uitgeven zonder referentie" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 factuur uitgegeven.");
        // The mails go out in the background: the sending page follows the batch (no job server in this test).
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Verzending van facturen");
        await Assertions.Expect(page.Locator("#batch-progress")).ToHaveTextAsync("0 van 1 verstuurd, 0 geweigerd, 0 niet verstuurd (uitgeschakeld), 1 in wachtrij.");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/facturen?jaar=2026&status=issued");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Details van {name} 2026" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Schijf 2")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verzending per e-mail" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^PDF downloaden") }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"browser-invoice-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfText.Extract(bytes);
        Assert.Contains("€ 3.333,33", text);
        Assert.Contains(name, text);

        // A credit note without a reason is refused with a Dutch message next to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Creditnota opmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef een reden");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Reden").FillAsync("Inwonersaantal verbeterd.");
        await page.GetByLabel(new Regex("^Bedrag in euro")).FillAsync("333,33");
        await page.GetByRole(AriaRole.Button, new() { Name = "Creditnota opmaken" }).ClickAsync();
        // A credit note is confirmed first, with its amount and reason.
        await Assertions.Expect(page.Locator("#bevestigen")).ToContainTextAsync("€ 333,33");
        await Assertions.Expect(page.Locator("#bevestigen")).ToContainTextAsync("Inwonersaantal verbeterd.");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, creditnota opmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Creditnota CN-");

        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Facturatie {name}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/facturen/runs");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_tenant_admin_sees_its_issued_invoices_and_not_the_finance_pages()
    {
        var api = browser.App.Api();
        var financeKey = api.WithKey((await api.CreateUserAsync("Finance")).Key);
        var (tenant, invoice) = await BillingSetup.IssuedInvoiceAsync(api, financeKey);
        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, Password);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, admin.Email);

        await page.GotoAsync("/mijn-facturen");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(invoice.GetProperty("number").GetString()!);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/facturen");
        Assert.Contains("/geen-toegang", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Facturen" })).ToHaveAttributeAsync("href", "/mijn-facturen");
        await page.Context.CloseAsync();
    }

    private Task SignInAsync(IPage page, string email) => browser.SignInAsync(page, email);
}
