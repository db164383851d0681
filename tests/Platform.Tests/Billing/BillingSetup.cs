using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Billing;

/// <summary>Tenants that are due for a year, made through the real API.</summary>
internal static class BillingSetup
{
    /// <summary>The year the API's onboarding records inhabitants for (see <see cref="Api.CreateTenantAsync"/>).</summary>
    public const int Year = 2026;

    public static async Task<Api.TestTenant> LiveTenantAsync(Api api, int inhabitants = 20_000, DateOnly? goLive = null, string prefix = "bill")
    {
        var tenant = await api.CreateTenantAsync(prefix, inhabitants);
        var live = goLive ?? new DateOnly(2025, 3, 1);
        var response = await api.Admin().PutAsJsonAsync($"/api/tenants/{tenant.Slug}/go-live", new { appStore = live, playStore = live });
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return tenant;
    }

    public static async Task SetInhabitantsAsync(Api api, string slug, int year, int count) =>
        await Api.EnsureAsync(await api.Admin().PutAsJsonAsync($"/api/tenants/{slug}/inhabitants/{year}", new { count, reason = "Testcorrectie" }), HttpStatusCode.OK);

    public static async Task<JsonElement> RunAsync(HttpClient finance, int year = Year)
    {
        var response = await finance.PostAsJsonAsync("/api/billing/invoice-runs", new { year });
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<JsonElement>> InvoicesAsync(HttpClient client, int year = Year, string? status = null)
    {
        var url = $"/api/billing/invoices?year={year}" + (status is null ? "" : $"&status={status}");
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement> DraftOfAsync(HttpClient finance, Api.TestTenant tenant, int year = Year) =>
        (await InvoicesAsync(finance, year)).Single(i => i.GetProperty("tenantId").GetGuid() == tenant.Id);

    public static async Task<JsonElement> IssueAsync(HttpClient finance, Guid id)
    {
        var response = await finance.PostAsync($"/api/billing/invoices/{id}/issue?issueAnyway=true", null);
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A tenant with an issued invoice for <see cref="Year"/>.</summary>
    public static async Task<(Api.TestTenant Tenant, JsonElement Invoice)> IssuedInvoiceAsync(Api api, HttpClient finance, int inhabitants = 20_000, DateOnly? goLive = null)
    {
        var tenant = await LiveTenantAsync(api, inhabitants, goLive);
        await RunAsync(finance);
        var draft = await DraftOfAsync(finance, tenant);
        return (tenant, await IssueAsync(finance, draft.GetProperty("id").GetGuid()));
    }
}
