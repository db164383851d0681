using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Saved replies: agents manage them, bad input is refused per field in Dutch, and filling one in for an incident
/// puts in that incident's number, tenant, reporter and due times.</summary>
public abstract class SavedReplyTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Replies = "/api/servicedesk/saved-replies";

    [SkippableFact]
    public async Task An_agent_saves_a_reply_and_fills_it_in_for_an_incident()
    {
        var tenant = await Api.CreateTenantAsync("sr");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var name = "Ontvangen " + Guid.NewGuid().ToString("N")[..8];
        var created = await agent.PostAsJsonAsync(Replies, new { name, body = "Beste {melder} van {bestuur},\nwe bekijken {nummer} ({prioriteit}: {titel}); reactie voor {reactiedeadline}, oplossing voor {deadline}." });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var replyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var incident = await AgentIncidentAsync(agent, tenant.Slug, DateTimeOffset.UtcNow.AddHours(-1), urgency: 2, impact: 2, title: "Kaart leeg");
        var number = incident.GetProperty("number").GetString()!;

        var filled = (await GetJsonAsync(agent, $"{Replies}/{replyId}/incidents/{number}")).GetProperty("text").GetString();
        var responseDue = incident.GetProperty("responseDueAt").GetDateTimeOffset();
        var resolutionDue = incident.GetProperty("resolutionDueAt").GetDateTimeOffset();
        Assert.Equal($"Beste Ria Ruiters van Gemeente {tenant.Slug},\nwe bekijken {number} (P2: Kaart leeg); reactie voor "
            + $"{Brussels(responseDue)}, oplossing voor {Brussels(resolutionDue)}.", filled);

        var list = await GetJsonAsync(agent, Replies);
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("name").GetString() == name);
        var changed = await agent.PutAsJsonAsync($"{Replies}/{replyId}", new { name, body = "Opgelost: {nummer}" });
        await Api.EnsureAsync(changed, HttpStatusCode.OK);
        Assert.Equal($"Opgelost: {number}", (await GetJsonAsync(agent, $"{Replies}/{replyId}/incidents/{incident.GetProperty("id").GetGuid()}")).GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await agent.DeleteAsync($"{Replies}/{replyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.DeleteAsync($"{Replies}/{replyId}")).StatusCode);
    }

    [SkippableFact]
    public async Task Bad_input_is_refused_per_field_and_nothing_is_saved()
    {
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var name = "Dubbel " + Guid.NewGuid().ToString("N")[..8];
        await Api.EnsureAsync(await agent.PostAsJsonAsync(Replies, new { name, body = "Eerste" }), HttpStatusCode.Created);

        var unknown = await agent.PostAsJsonAsync(Replies, new { name = name + "x", body = "Uw {dossier} en {nummer}" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("{dossier}", problem.GetProperty("errors").GetProperty("body")[0].GetString());

        var duplicate = await agent.PostAsJsonAsync(Replies, new { name = " " + name + " ", body = "Tweede" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("bestaat al", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());

        var empty = await agent.PostAsJsonAsync(Replies, new { name = "", body = new string('x', 10_001) });
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Geef een naam op.", errors.GetProperty("name")[0].GetString());
        Assert.Contains("hoogstens", errors.GetProperty("body")[0].GetString());

        var list = await GetJsonAsync(agent, Replies);
        Assert.Single(list.EnumerateArray(), r => r.GetProperty("name").GetString()!.StartsWith(name, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Reporters_and_tenant_admins_cannot_read_or_manage_saved_replies()
    {
        var tenant = await Api.CreateTenantAsync("sr");
        foreach (var role in new[] { "Reporter", "TenantAdmin" })
        {
            var user = Api.WithKey((await Api.CreateUserAsync(role, tenant.Slug)).Key);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(Replies)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync(Replies, new { name = "x", body = "y" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync(Replies)).StatusCode);
    }

    private static string Brussels(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(SqliteCollection.Name)]
public sealed class SavedReplyTestsOnSqlite(SqliteApp app) : SavedReplyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SavedReplyTestsOnPostgres(PostgresApp app) : SavedReplyTests(app);
