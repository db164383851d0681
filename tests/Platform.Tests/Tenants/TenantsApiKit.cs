using System.Net;
using System.Net.Http.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Tenants;

/// <summary>Shared steps of the Tenants HTTP tests.</summary>
internal static class TenantsApiKit
{
    public static object Branding(string primary = "#1A4F8B", string appName = "Mijn Stad") => new
    {
        appName, primary, textOnPrimary = "#FFFFFF", secondary = "#FFE615", textOnSecondary = "#1A1A1A",
        accent = "#B3003B", textOnAccent = "#FFFFFF", background = "#FFFFFF", text = "#1A1A1A",
    };

    public static object WasteCalendar(string apiKey = "geheime-sleutel-123") => new
    {
        enabled = true, settings = new { provider = "recycleApp", apiKey, calendarUrl = "https://www.recycleapp.be/gent" },
    };

    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string slug, string? note = null)
    {
        var response = await client.PostAsJsonAsync($"/api/tenants/{slug}/publish", new { note });
        await Api.EnsureAsync(response, HttpStatusCode.Created);
        return response;
    }

    public static async Task PutOkAsync(HttpClient client, string path, object body) =>
        await Api.EnsureAsync(await client.PutAsJsonAsync(path, body), HttpStatusCode.OK);
}
