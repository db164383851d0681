using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.ServiceDesk;

/// <summary>Small helpers for the service desk API in tests.</summary>
internal static class ServiceDeskClient
{
    public const string Incidents = "/api/servicedesk/incidents";

    public static async Task<JsonElement> CreateIncidentAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Incidents, body);
        await Api.EnsureAsync(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> ReporterIncidentAsync(HttpClient reporter, string title = "Kaart laadt niet", int urgency = 2, int impact = 2) =>
        CreateIncidentAsync(reporter, new { title, description = "Het kaartje in de app blijft leeg.", urgency, impact, affectedFeature = "Afvalkalender" });

    public static Task<JsonElement> AgentIncidentAsync(HttpClient agent, string tenant, DateTimeOffset receivedAt, int urgency = 3, int impact = 3, string title = "Via e-mail") =>
        CreateIncidentAsync(agent, new
        {
            tenant, title, description = "Per e-mail ontvangen.", urgency, impact,
            receivedAt = receivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz"), channel = "email", reporterName = "Ria Ruiters", reporterEmail = "ria@voorbeeld.be",
        });

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> PostOkAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        await Api.EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
