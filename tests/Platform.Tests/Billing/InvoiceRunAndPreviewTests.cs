using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Billing.Runs;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>The fee preview, invoice runs (idempotent, racing) and recording a year invoiced outside the platform.</summary>
public abstract class InvoiceRunAndPreviewTests(PlatformApp app) : DatabaseTest(app)
{
    private HttpClient Finance(Api.TestUser user) => Api.WithKey(user.Key);

    [SkippableFact]
    public async Task Preview_shows_how_the_amount_is_reached_with_euro_amounts_as_numbers()
    {
        var finance = Finance(await Api.CreateUserAsync("Finance"));
        var tenant = await BillingSetup.LiveTenantAsync(Api, 20_000, new DateOnly(2026, 5, 10));

        var raw = await finance.GetStringAsync($"/api/billing/tenants/{tenant.Slug}/invoice-preview?year=2026");
        Assert.Contains("\"amount\":3333.33", raw);
        Assert.Contains("\"annualFee\":5000.00", raw);
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.True(body.GetProperty("due").GetBoolean());
        Assert.Equal(2026, body.GetProperty("year").GetInt32());
        Assert.Equal(20_000, body.GetProperty("inhabitants").GetInt32());
        Assert.Equal(2, body.GetProperty("tier").GetInt32());
        Assert.Equal(8, body.GetProperty("months").GetInt32());
        Assert.Contains("€ 5.000,00 × 8 / 12", body.GetProperty("explanation").GetString());

        var before = (await finance.GetFromJsonAsync<JsonElement>($"/api/billing/tenants/{tenant.Slug}/invoice-preview?year=2025"));
        Assert.False(before.GetProperty("due").GetBoolean());
        Assert.Equal("beforeGoLive", before.GetProperty("reasonCode").GetString());
        Assert.Equal(0m, before.GetProperty("amount").GetDecimal());
    }

    [SkippableFact]
    public async Task Missing_inhabitants_are_flagged_by_the_run_instead_of_guessed()
    {
        var finance = Finance(await Api.CreateUserAsync("Finance"));
        var tenant = await BillingSetup.LiveTenantAsync(Api, 20_000, new DateOnly(2024, 9, 1));
        var preview = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/tenants/{tenant.Slug}/invoice-preview?year=2025");
        Assert.Equal("inhabitantsMissing", preview.GetProperty("reasonCode").GetString());

        var report = await BillingSetup.RunAsync(finance, 2025);
        var line = report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("tenantId").GetGuid() == tenant.Id);
        Assert.Equal("needsAttention", line.GetProperty("outcome").GetString());
        Assert.Contains("inwonersaantal", line.GetProperty("reason").GetString());
        Assert.DoesNotContain(await BillingSetup.InvoicesAsync(finance, 2025), i => i.GetProperty("tenantId").GetGuid() == tenant.Id);
    }

    [SkippableFact]
    public async Task Parallel_runs_for_the_same_year_create_each_draft_once()
    {
        var finance = Finance(await Api.CreateUserAsync("Finance"));
        var tenants = new List<Api.TestTenant>();
        for (var i = 0; i < 6; i++) tenants.Add(await BillingSetup.LiveTenantAsync(Api, 10_000 + i * 10_000));
        var ids = tenants.Select(t => t.Id).ToHashSet();

        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => BillingSetup.RunAsync(finance)));

        var preparedForMine = reports.SelectMany(r => r.GetProperty("lines").EnumerateArray())
            .Count(l => l.GetProperty("outcome").GetString() == "prepared" && ids.Contains(l.GetProperty("tenantId").GetGuid()));
        Assert.Equal(tenants.Count, preparedForMine);
        var mine = (await BillingSetup.InvoicesAsync(finance)).Where(i => ids.Contains(i.GetProperty("tenantId").GetGuid())).ToList();
        Assert.Equal(tenants.Count, mine.Count);
        Assert.All(mine, i => Assert.Equal("draft", i.GetProperty("status").GetString()));
        Assert.All(mine, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("number").ValueKind));

        var again = await BillingSetup.RunAsync(finance);
        Assert.DoesNotContain(again.GetProperty("lines").EnumerateArray(), l => ids.Contains(l.GetProperty("tenantId").GetGuid()));
        Assert.True(again.GetProperty("alreadyExisting").GetInt32() >= tenants.Count);
        var stored = await finance.GetFromJsonAsync<JsonElement>($"/api/billing/invoice-runs/{reports[0].GetProperty("id").GetGuid()}");
        Assert.Equal(reports[0].GetProperty("prepared").GetInt32(), stored.GetProperty("prepared").GetInt32());
    }

    [SkippableFact]
    public async Task Daily_job_prepares_missed_years_from_the_go_live_month()
    {
        var tenant = await BillingSetup.LiveTenantAsync(Api, 12_000, new DateOnly(2024, 10, 15));
        await BillingSetup.SetInhabitantsAsync(Api, tenant.Slug, 2024, 11_500);
        await BillingSetup.SetInhabitantsAsync(Api, tenant.Slug, 2025, 60_000);
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DailyInvoiceRunJob>().RunAsync(CancellationToken.None);

        var finance = Finance(await Api.CreateUserAsync("Finance"));
        var history = await finance.GetFromJsonAsync<List<JsonElement>>($"/api/billing/tenants/{tenant.Slug}/invoices");
        Assert.NotNull(history);
        var byYear = history!.ToDictionary(i => i.GetProperty("year").GetInt32());
        Assert.Equal([2024, 2025, 2026], byYear.Keys.Order());
        Assert.Equal(875.00m, byYear[2024].GetProperty("amount").GetDecimal());   // 3 500 × 3 / 12
        Assert.Equal(10_000.00m, byYear[2025].GetProperty("amount").GetDecimal());
        Assert.Equal(3_500.00m, byYear[2026].GetProperty("amount").GetDecimal());
    }

    [SkippableFact]
    public async Task A_year_recorded_as_invoiced_outside_the_platform_gets_no_draft()
    {
        var finance = Finance(await Api.CreateUserAsync("Finance"));
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        var bad = await finance.PostAsJsonAsync($"/api/billing/tenants/{tenant.Slug}/years/2026/recorded-outside", new { reference = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var recorded = await finance.PostAsJsonAsync($"/api/billing/tenants/{tenant.Slug}/years/2026/recorded-outside", new { reference = "Factuur EV DV 2026/17 (papier)" });
        await Api.EnsureAsync(recorded, HttpStatusCode.OK);

        var report = await BillingSetup.RunAsync(finance);
        Assert.DoesNotContain(report.GetProperty("lines").EnumerateArray(), l => l.GetProperty("tenantId").GetGuid() == tenant.Id);
        var row = await BillingSetup.DraftOfAsync(finance, tenant);
        Assert.Equal("recordedOutside", row.GetProperty("status").GetString());
        var issue = await finance.PostAsync($"/api/billing/invoices/{row.GetProperty("id").GetGuid()}/issue", null);
        Assert.Equal(HttpStatusCode.Conflict, issue.StatusCode);
    }

    [SkippableFact]
    public async Task Finance_records_a_year_invoiced_outside_on_the_tenant_page_with_the_same_rules_as_the_api()
    {
        var user = await Api.CreateUserAsync("Finance", password: "Wachtwoord-voor-buiten-1");
        var page = await Api.SignInAsync(user.Email, "Wachtwoord-voor-buiten-1");
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        var path = $"/facturen/besturen/{tenant.Slug}";
        async Task<HttpResponseMessage> RecordAsync(string year, string reference) =>
            await page.PostAsync(path + "?handler=Outside", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["OutsideYear"] = year, ["OutsideReference"] = reference, ["__RequestVerificationToken"] = await Api.FormTokenAsync(page, path),
            }));

        var refused = await (await RecordAsync("2025", "")).Content.ReadAsStringAsync();
        Assert.Contains("Geef de referentie van de factuur die buiten het platform werd verstuurd", refused);
        Assert.Matches("id=\"OutsideReference\"[^>]*aria-invalid=\"true\"", refused);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync("2025", "Factuur 2025/3 (papier)")).StatusCode);
        var again = await (await RecordAsync("2025", "Nog eens")).Content.ReadAsStringAsync();
        Assert.Contains("2025 werd al als buiten het platform gefactureerd geregistreerd.", again);
        Assert.Matches("id=\"OutsideYear\"[^>]*aria-invalid=\"true\"", again);

        var history = await Finance(user).GetFromJsonAsync<List<JsonElement>>($"/api/billing/tenants/{tenant.Slug}/invoices");
        Assert.Contains(history!, i => i.GetProperty("year").GetInt32() == 2025 && i.GetProperty("status").GetString() == "recordedOutside");
    }

    [SkippableFact]
    public async Task The_billing_api_is_in_the_openapi_document()
    {
        var doc = await Api.Anonymous().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/billing/tenants/{tenant}/invoice-preview", "/api/billing/invoice-runs", "/api/billing/invoices",
                     "/api/billing/invoices/{id}/issue", "/api/billing/invoices/{id}/pdf", "/api/billing/invoices/{id}/credit-notes" })
            Assert.Contains($"\"{path}\"", doc);
    }

    [SkippableFact]
    public async Task Runs_are_for_finance_and_platform_admins_only()
    {
        var tenant = await BillingSetup.LiveTenantAsync(Api);
        foreach (var role in new[] { "TenantAdmin", "Reporter", "Agent" })
        {
            var user = await Api.CreateUserAsync(role, role is "Agent" ? null : tenant.Slug);
            var client = Api.WithKey(user.Key);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/billing/invoice-runs", new { year = 2026 })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/billing/tenants/{tenant.Slug}/invoice-preview?year=2026")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/billing/export?year=2026")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await Api.Admin().GetAsync($"/api/billing/tenants/{tenant.Slug}/invoice-preview?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().PostAsJsonAsync("/api/billing/invoice-runs", new { year = 2026 })).StatusCode);
        var future = await Api.Admin().PostAsJsonAsync("/api/billing/invoice-runs", new { year = 2099 });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InvoiceRunAndPreviewOnSqlite(SqliteApp app) : InvoiceRunAndPreviewTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InvoiceRunAndPreviewOnPostgres(PostgresApp app) : InvoiceRunAndPreviewTests(app);
