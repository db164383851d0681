using System.Globalization;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Tests.Billing;

namespace Platform.Tests.Browser;

/// <summary>Finance reads a camt.053 statement: two invoices become paid, one credit lands on the review list and is
/// matched by hand; the payments and ageing pages pass axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingPaymentsBrowserTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.Password;

    private sealed record Issued(Guid Id, string Number, string Ogm, decimal Amount, string Customer);

    [Fact]
    public async Task Finance_uploads_a_statement_sees_two_invoices_paid_and_matches_the_third_by_hand()
    {
        var api = browser.App.Api();
        var financeUser = await api.CreateUserAsync("Finance", null, Password);
        var finance = api.WithKey(financeUser.Key);
        var tenants = new List<Infrastructure.Api.TestTenant>();
        foreach (var inhabitants in new[] { 10_000, 20_000, 40_000 })
            tenants.Add(await BillingSetup.LiveTenantAsync(api, inhabitants, prefix: "pay"));
        await BillingSetup.RunAsync(finance);
        var invoices = new List<Issued>();
        foreach (var tenant in tenants)
        {
            var draft = await BillingSetup.DraftOfAsync(finance, tenant);
            var i = await BillingSetup.IssueAsync(finance, draft.GetProperty("id").GetGuid());
            invoices.Add(new(i.GetProperty("id").GetGuid(), i.GetProperty("number").GetString()!, i.GetProperty("structuredCommunication").GetString()!,
                i.GetProperty("amount").GetDecimal(), "Gemeente " + tenant.Slug));
        }
        Assert.Equal(new[] { 3_500m, 5_000m, 7_000m }, invoices.Select(i => i.Amount));
        var (first, second, third) = (invoices[0], invoices[1], invoices[2]);
        var unknownOgm = UnknownCommunication();
        var statement = Camt053(
            (first.Amount, Digits(first.Ogm), first.Customer),
            (second.Amount, Digits(second.Ogm), second.Customer),
            (third.Amount, unknownOgm, third.Customer));

        var page = await browser.NewPageAsync();
        await SignInAsync(page, financeUser.Email);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Betalingen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Betalingen");
        await BrowserFixture.AssertAccessibleAsync(page);

        // No file: a Dutch message next to the file field, tied to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Uittreksel inlezen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies een rekeninguittreksel");
        await Assertions.Expect(page.GetByLabel("Bestand (camt.053 of CODA)")).ToHaveAttributeAsync("aria-describedby", "statement-hint statement-error");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Bestand (camt.053 of CODA)").SetInputFilesAsync(new FilePayload
            { Name = "uittreksel-test.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(statement) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Uittreksel inlezen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 betalingen gekoppeld, 1 te controleren, 0 overgeslagen");
        var result = page.GetByRole(AriaRole.Table, new() { Name = "Betalingen uit uittreksel-test.xml" });
        foreach (var paid in new[] { first, second })
            await Assertions.Expect(result.GetByRole(AriaRole.Row).Filter(new() { HasText = paid.Number })).ToContainTextAsync("Volledig betaald");
        await Assertions.Expect(result.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        var entryName = $"{Money(third.Amount)} van {third.Customer} op";
        var entry = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^" + Regex.Escape(entryName)) });
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry).ToContainTextAsync(unknownOgm);
        await Assertions.Expect(entry).ToContainTextAsync("BE71 0961 2345 6769");
        await Assertions.Expect(entry).ToContainTextAsync("Geen openstaande factuur met gestructureerde mededeling");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Equal("paid", await StatusAsync(finance, first.Id));
        Assert.Equal("paid", await StatusAsync(finance, second.Id));
        Assert.Equal("issued", await StatusAsync(finance, third.Id));

        await page.GotoAsync("/facturen?jaar=2026&status=paid");
        var paidList = page.GetByRole(AriaRole.Table, new() { Name = "Facturen voor 2026" });
        await Assertions.Expect(paidList).ToContainTextAsync(first.Number);
        await Assertions.Expect(paidList).ToContainTextAsync(second.Number);
        await Assertions.Expect(paidList).Not.ToContainTextAsync(third.Number);

        // Matching without an invoice is refused next to that entry's field; then by hand to the third invoice.
        await page.GotoAsync("/facturen/betalingen");
        await entry.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Koppelen") }).ClickAsync();
        var invoiceField = entry.GetByLabel(new Regex("^Factuurnummer of gestructureerde mededeling"));
        await Assertions.Expect(invoiceField).ToHaveAccessibleDescriptionAsync("Vul het factuurnummer of de gestructureerde mededeling in.");
        await Assertions.Expect(invoiceField).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);
        await invoiceField.FillAsync(third.Number);
        await entry.GetByLabel(new Regex("^Opmerking")).FillAsync("Betaald met een verkeerde mededeling.");
        await entry.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Koppelen") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status))
            .ToContainTextAsync($"Betaling van {Money(third.Amount)} gekoppeld aan factuur {third.Number} ({third.Customer}): de factuur is volledig betaald.");
        await Assertions.Expect(entry).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Te controleren (0)" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Equal("paid", await StatusAsync(finance, third.Id));

        await page.GotoAsync($"/facturen/{third.Id}");
        var payments = page.GetByRole(AriaRole.Table, new() { Name = $"Betalingen voor factuur {third.Number}" });
        await Assertions.Expect(payments).ToContainTextAsync("Met de hand gekoppeld door financiën");
        await Assertions.Expect(payments).ToContainTextAsync(Money(third.Amount));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Peppol-XML (UBL) downloaden ({third.Number})" }))
            .ToHaveAttributeAsync("href", $"/api/billing/invoices/{third.Id}/ubl");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/facturen/ouderdom");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ouderdom van openstaande facturen");
        var ageing = page.GetByRole(AriaRole.Table).First;
        foreach (var bucket in new[] { "0–30 dagen", "31–60 dagen", "61–90 dagen", "Meer dan 90 dagen", "Totaal openstaand" })
            await Assertions.Expect(ageing.GetByRole(AriaRole.Rowheader, new() { Name = bucket })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_partial_payment_shows_as_partially_paid_to_finance_and_to_the_tenant_admin()
    {
        var api = browser.App.Api();
        var financeUser = await api.CreateUserAsync("Finance", null, Password);
        var finance = api.WithKey(financeUser.Key);
        var (tenant, issued) = await BillingSetup.IssuedInvoiceAsync(api, finance, 20_000);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        var ogm = issued.GetProperty("structuredCommunication").GetString()!;
        var customer = "Gemeente " + tenant.Slug;

        var page = await browser.NewPageAsync();
        await SignInAsync(page, financeUser.Email);
        await page.GotoAsync("/facturen/betalingen");
        await page.GetByLabel("Bestand (camt.053 of CODA)").SetInputFilesAsync(new FilePayload
            { Name = "deel.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(Camt053((1_250.50m, Digits(ogm), customer))) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Uittreksel inlezen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 betaling gekoppeld, 0 te controleren");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Betalingen uit deel.xml" }).GetByRole(AriaRole.Row).Filter(new() { HasText = number }))
            .ToContainTextAsync("Deels betaald, nog € 3.749,50 open");
        Assert.Equal("partiallyPaid", await StatusAsync(finance, id));

        await page.GotoAsync($"/facturen/{id}");
        await Assertions.Expect(page.GetByText("Deels betaald", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("€ 3.749,50");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/facturen/ouderdom");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nog niet vervallen" })).Not.ToContainTextAsync("€ 0,00");
        await page.Context.CloseAsync();

        var admin = await api.CreateUserAsync("TenantAdmin", tenant.Slug, Password);
        var tenantPage = await browser.NewPageAsync();
        await SignInAsync(tenantPage, admin.Email);
        await tenantPage.GotoAsync("/mijn-facturen");
        var row = tenantPage.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Assertions.Expect(row).ToContainTextAsync("Deels betaald");
        await Assertions.Expect(row).ToContainTextAsync("€ 3.749,50");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = $"Peppol-XML (UBL) van factuur {number}" }))
            .ToHaveAttributeAsync("href", $"/api/billing/invoices/{id}/ubl");
        // Stripe is not configured in the tests: no online-payment button.
        await Assertions.Expect(tenantPage.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Online betalen") })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(tenantPage);
        await tenantPage.Context.CloseAsync();
    }

    private static async Task<string> StatusAsync(HttpClient finance, Guid id) =>
        (await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoices/{id}")).GetProperty("status").GetString()!;

    private static string Digits(string ogm) => new([.. ogm.Where(char.IsAsciiDigit)]);

    private static string Money(decimal amount) => "€ " + amount.ToString("N2", CultureInfo.GetCultureInfo("nl-BE"));

    /// <summary>Check-digit valid, but no invoice has it: invoices use base yyyy + sequence, and no year 8888 exists.</summary>
    private static string UnknownCommunication()
    {
        var b = 8_888_000_000L + Random.Shared.Next(1, 999_999);
        var check = b % 97 == 0 ? 97 : b % 97;
        return $"{b:D10}{check:D2}";
    }

    /// <summary>A camt.053.001.08 statement of EV DV's account with one booked credit per payment, the reference in <c>CdtrRefInf/Ref</c>.</summary>
    private static string Camt053(params (decimal Amount, string Reference, string Payer)[] credits) =>
        credits.Aggregate(new CamtBuilder(), (statement, c) => statement.Credit(c.Reference, c.Amount, bookedOn: DateOnly.FromDateTime(DateTime.UtcNow), payer: c.Payer)).Xml();

    private Task SignInAsync(IPage page, string email) => browser.SignInAsync(page, email);
}
