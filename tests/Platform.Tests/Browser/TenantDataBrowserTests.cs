using System.Net;
using System.Net.Http.Json;
using DataProtection.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Kernel.Security;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>Charter 12.2 on the pages: a tenant admin starts an export, sees its progress and downloads the archive; after
/// the termination took effect chooses "delete", is asked to confirm (error next to the checkbox), confirms and cancels.
/// axe clean at 1366 and 390 pixels.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class TenantDataBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Export_with_progress_and_download_then_erasure_choice_confirmation_and_cancel()
    {
        var api = browser.App.Api();
        var tenant = await api.CreateTenantAsync("gdx");
        var admin = await api.CreateUserAsync(Roles.TenantAdmin, tenant.Slug, BrowserFixture.Password);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, admin.Email);

        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync($"/gegevensbescherming/{tenant.Slug}/export");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Export van alle gegevens");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Export starten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De export is gestart");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "In de wachtrij" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // The Hangfire server does not run in tests: the job runs here, as a worker would run it.
        var exportId = (await api.WithKey(admin.Key).GetFromJsonAsync<List<ExportRow>>($"/api/tenants/{tenant.Slug}/data-protection/exports"))!.Single().Id;
        await using (var scope = browser.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TenantExportJob>().RunAsync(tenant.Id, exportId, CancellationToken.None);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vernieuwen om de voortgang te zien" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Klaar" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("progress")).ToHaveAttributeAsync("value", "100");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Archief downloaden") }).ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("beheerder van het bestuur")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(page);

        // Erasure: not before the termination took effect.
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync($"/gegevensbescherming/{tenant.Slug}/verwijdering");
        await Assertions.Expect(page.GetByText("De overeenkomst is niet opgezegd")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await Api.EnsureAsync(await api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/contract", new { signedOn = new DateOnly(2019, 1, 10) }), HttpStatusCode.OK);
        await Api.EnsureAsync(await api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contract/termination", new { noticeSentOn = new DateOnly(2025, 1, 2) }), HttpStatusCode.OK);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Assertions.Expect(page.Locator("#choice-fout")).ToContainTextAsync("Kies tussen terugbezorgen en verwijderen");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Enkel verwijderen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bevestigen" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijdering bevestigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirmed-fout")).ToContainTextAsync("Bevestig dat alle persoonsgegevens");
        await Assertions.Expect(page.GetByLabel(new System.Text.RegularExpressions.Regex("^Ik bevestig"))).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Ik bevestig")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijdering bevestigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De verwijdering is bevestigd en gepland op");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Gepland", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(1366, 768);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijdering annuleren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De geplande verwijdering is geannuleerd");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Geannuleerd" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    private sealed record ExportRow(Guid Id, string Status);
}
