using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using ServiceDesk.Mails;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Issue 16.5, linked outages: incidents of several tenants linked to one status incident (one created from an
/// incident), ONE update mailed to every reporter in their own thread and posted on the status page, never twice; once
/// the status incident is resolved, the linked incidents are resolved with the usual resolution mail. Real SMTP (aiosmtpd).</summary>
public abstract class LinkedOutageTests
{
    protected abstract string Provider { get; }

    private const string Outages = "/api/servicedesk/outages";

    private sealed record Reported(Guid Id, string Number, string Email, Api.TestTenant Tenant);

    [SkippableFact]
    public async Task One_update_reaches_every_linked_reporter_in_their_own_thread_once_and_the_status_page()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        var componentId = await ComponentAsync(env.Agent);
        var reported = await ReportThreeAsync(env);

        var created = await PostAsync(env.Agent, $"{Incidents}/{reported[0].Number}/outage",
            new { title = "Aanmelden onmogelijk", impact = "MajorOutage", componentIds = new[] { componentId }, message = "We onderzoeken een storing bij het aanmelden." });
        var statusIncidentId = created.GetProperty("statusIncidentId").GetGuid();
        Assert.True(created.GetProperty("isOpen").GetBoolean());
        Assert.Equal($"/status/storingen/{statusIncidentId}", created.GetProperty("permalink").GetString());
        foreach (var r in reported.Skip(1))
            await PutAsync(env.Agent, $"{Incidents}/{r.Id}/outage", new { statusIncidentId });

        var outage = await GetJsonAsync(env.Agent, $"{Outages}/{statusIncidentId}");
        Assert.Equal(reported.Select(r => r.Number).Order(), outage.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("number").GetString()).Order());
        var open = await GetJsonAsync(env.Agent, Outages);
        Assert.Equal(3, open.EnumerateArray().Single(o => o.GetProperty("statusIncidentId").GetGuid() == statusIncidentId).GetProperty("linkedIncidents").GetInt32());

        var updateId = Guid.NewGuid();
        const string text = "De oorzaak is gevonden: een certificaat was verlopen. We verwachten een oplossing binnen het uur.";
        var sent = await PostAsync(env.Agent, $"{Outages}/{statusIncidentId}/updates", new { updateId, text, publish = true });
        Assert.Equal(3, sent.GetProperty("messaged").GetInt32());
        Assert.True(sent.GetProperty("published").GetBoolean());
        Assert.False(sent.GetProperty("alreadySent").GetBoolean());

        foreach (var r in reported)
        {
            var mail = Assert.Single(env.Smtp.To(r.Email), m => (m.Subject ?? "").Contains("Update over de storing"));
            Assert.Equal($"[{r.Number}] Update over de storing: Storing {r.Tenant.Slug}", mail.Subject);
            Assert.Contains(text, mail.TextBody);
            var root = $"incident-{r.Id:N}@{IncidentMails.Domain}";
            Assert.Equal(root, mail.InReplyTo);
            Assert.Contains(root, mail.References);
            var ack = Assert.Single(env.Smtp.To(r.Email), m => (m.Subject ?? "").Contains("Ontvangen"));
            Assert.Equal(root, ack.MessageId);
            var history = (await GetJsonAsync(env.Agent, $"{Incidents}/{r.Id}")).GetProperty("history").EnumerateArray();
            Assert.Single(history, h => h.GetProperty("kind").GetString() == "PublicReply" && h.GetProperty("text").GetString() == text);
        }
        var status = await GetJsonAsync(env.Agent, $"/api/status/incidents/{statusIncidentId}");
        Assert.Contains(status.GetProperty("updates").EnumerateArray(), u => u.GetProperty("message").GetString() == text);

        // The same update again (a double click, a retry): nothing is sent or posted twice.
        var again = await PostAsync(env.Agent, $"{Outages}/{statusIncidentId}/updates", new { updateId, text, publish = true });
        Assert.True(again.GetProperty("alreadySent").GetBoolean());
        Assert.Equal(0, again.GetProperty("messaged").GetInt32());
        Assert.Equal(3, env.Smtp.Messages().Count(m => (m.Subject ?? "").Contains("Update over de storing")));
        status = await GetJsonAsync(env.Agent, $"/api/status/incidents/{statusIncidentId}");
        Assert.Single(status.GetProperty("updates").EnumerateArray(), u => u.GetProperty("message").GetString() == text);
        // A new update without publishing reaches the reporters only.
        var second = await PostAsync(env.Agent, $"{Outages}/{statusIncidentId}/updates", new { updateId = Guid.NewGuid(), text = "Nog even geduld.", publish = false });
        Assert.Equal(3, second.GetProperty("messaged").GetInt32());
        Assert.False(second.GetProperty("published").GetBoolean());
        Assert.Equal(2, (await GetJsonAsync(env.Agent, $"{Outages}/{statusIncidentId}")).GetProperty("updates").GetArrayLength());

        // Unlinking takes an incident out of later updates.
        Assert.Equal(HttpStatusCode.OK, (await env.Agent.DeleteAsync($"{Incidents}/{reported[2].Number}/outage")).StatusCode);
        var third = await PostAsync(env.Agent, $"{Outages}/{statusIncidentId}/updates", new { text = "Bijna opgelost.", publish = false });
        Assert.Equal(2, third.GetProperty("messaged").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await env.Agent.GetAsync($"{Incidents}/{reported[2].Number}/outage")).StatusCode);
    }

    [SkippableFact]
    public async Task Once_the_status_incident_is_resolved_the_linked_incidents_are_resolved_with_the_usual_mail()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        var componentId = await ComponentAsync(env.Agent);
        var reported = await ReportThreeAsync(env);
        var created = await PostAsync(env.Agent, $"{Incidents}/{reported[0].Id}/outage",
            new { impact = "PartialOutage", componentIds = new[] { componentId }, message = "Storing bij de kaart." });
        var statusIncidentId = created.GetProperty("statusIncidentId").GetGuid();
        Assert.Equal($"Storing {reported[0].Tenant.Slug}", created.GetProperty("title").GetString()); // the incident's title by default
        await PutAsync(env.Agent, $"{Incidents}/{reported[1].Id}/outage", new { statusIncidentId });

        await AssertInvalidAsync(env.Agent.PostAsJsonAsync($"{Outages}/{statusIncidentId}/resolve-linked", new { explanation = "Opgelost." }), "explanation");
        await Api.EnsureAsync(await env.Agent.PostAsJsonAsync($"/api/status/incidents/{statusIncidentId}/updates",
            new { status = "Resolved", message = "De storing is voorbij." }), HttpStatusCode.OK);
        // A resolved outage takes no new links and no publication.
        await AssertInvalidAsync(env.Agent.PutAsJsonAsync($"{Incidents}/{reported[2].Id}/outage", new { statusIncidentId }), "statusIncidentId");
        await AssertInvalidAsync(env.Agent.PostAsJsonAsync($"{Outages}/{statusIncidentId}/updates", new { text = "x", publish = true }), "publish");
        await AssertInvalidAsync(env.Agent.PostAsJsonAsync($"{Outages}/{statusIncidentId}/resolve-linked", new { explanation = " " }), "explanation");

        var result = await PostAsync(env.Agent, $"{Outages}/{statusIncidentId}/resolve-linked", new { explanation = "Het verlopen certificaat is vervangen." });
        Assert.Equal(2, result.GetProperty("resolved").GetArrayLength());
        foreach (var r in reported.Take(2))
        {
            Assert.Equal("Resolved", (await GetJsonAsync(env.Agent, $"{Incidents}/{r.Id}")).GetProperty("status").GetString());
            var mail = Assert.Single(env.Smtp.To(r.Email), m => (m.Subject ?? "").StartsWith($"[{r.Number}] Opgelost"));
            Assert.Contains("Het verlopen certificaat is vervangen.", mail.TextBody);
            Assert.Equal($"incident-{r.Id:N}@{IncidentMails.Domain}", mail.InReplyTo);
        }
        Assert.Equal("New", (await GetJsonAsync(env.Agent, $"{Incidents}/{reported[2].Id}")).GetProperty("status").GetString());
        var again = await PostAsync(env.Agent, $"{Outages}/{statusIncidentId}/resolve-linked", new { explanation = "Nog eens." });
        Assert.Equal(0, again.GetProperty("resolved").GetArrayLength());
        Assert.Equal(2, again.GetProperty("skipped").GetArrayLength());
        Assert.Equal(2, env.Smtp.Messages().Count(m => (m.Subject ?? "").Contains("] Opgelost")));
    }

    [SkippableFact]
    public async Task Bad_input_is_refused_by_field_and_tenant_users_cannot_reach_outages()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        var reported = await ReportThreeAsync(env);
        await AssertInvalidAsync(env.Agent.PutAsJsonAsync($"{Incidents}/{reported[0].Id}/outage", new { statusIncidentId = Guid.NewGuid() }), "statusIncidentId");
        await AssertInvalidAsync(env.Agent.PutAsJsonAsync($"{Incidents}/{reported[0].Id}/outage", new { }), "statusIncidentId");
        await AssertInvalidAsync(env.Agent.PostAsJsonAsync($"{Incidents}/{reported[0].Id}/outage", new { impact = "MajorOutage", componentIds = Array.Empty<Guid>(), message = "x" }), "componentIds");
        await AssertInvalidAsync(env.Agent.PostAsJsonAsync($"{Incidents}/{reported[0].Id}/outage", new { impact = "Kapot", componentIds = new[] { Guid.NewGuid() }, message = "x" }), "impact");
        await AssertInvalidAsync(env.Agent.PostAsJsonAsync($"{Incidents}/{reported[0].Id}/outage", new { impact = "MajorOutage", componentIds = new[] { await ComponentAsync(env.Agent) }, message = "" }), "message");
        Assert.Equal(HttpStatusCode.NotFound, (await env.Agent.PutAsJsonAsync($"{Incidents}/MBP-2026-99999/outage", new { statusIncidentId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await env.Agent.GetAsync($"{Outages}/{Guid.NewGuid()}")).StatusCode);

        var api = env.App.Api();
        foreach (var role in new[] { "Reporter", "TenantAdmin" })
        {
            var user = api.WithKey((await api.CreateUserAsync(role, reported[0].Tenant.Slug)).Key);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(Outages)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"{Outages}/{Guid.NewGuid()}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PutAsJsonAsync($"{Incidents}/{reported[0].Id}/outage", new { statusIncidentId = Guid.NewGuid() })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync($"{Outages}/{Guid.NewGuid()}/updates", new { text = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync($"{Outages}/{Guid.NewGuid()}/resolve-linked", new { explanation = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.DeleteAsync($"{Incidents}/{reported[0].Id}/outage")).StatusCode);
        }
    }

    /// <summary>Three incidents of three tenants, each with its own reporter address.</summary>
    private static async Task<List<Reported>> ReportThreeAsync(DeskEnv env)
    {
        var api = env.App.Api();
        var tenants = new[] { env.Tenant, await api.CreateTenantAsync("sd"), await api.CreateTenantAsync("sd") };
        var result = new List<Reported>();
        foreach (var tenant in tenants)
        {
            var email = $"melder-{tenant.Slug}@gemeente.test";
            var created = await CreateIncidentAsync(env.Agent, new
            {
                tenant = tenant.Slug, title = $"Storing {tenant.Slug}", description = "Aanmelden lukt niet.", urgency = 1, impact = 1,
                receivedAt = Platform.Tests.Billing.ReminderApp.Start.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm:sszzz"), channel = "email",
                reporterName = "Melder " + tenant.Slug, reporterEmail = email,
            });
            result.Add(new Reported(created.GetProperty("id").GetGuid(), created.GetProperty("number").GetString()!, email, tenant));
        }
        return result;
    }

    internal static async Task<Guid> ComponentAsync(HttpClient agent)
    {
        var slug = "o-" + Guid.NewGuid().ToString("N")[..10];
        var product = await agent.PostAsJsonAsync("/api/status/products", new { slug, name = "Storingsproduct " + slug });
        await Api.EnsureAsync(product, HttpStatusCode.Created);
        var productId = (await product.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var component = await agent.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = "Aanmelden " + slug });
        await Api.EnsureAsync(component, HttpStatusCode.Created);
        return (await component.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<JsonElement> PostAsync(HttpClient client, string path, object body) => PostOkAsync(client, path, body);

    private static async Task PutAsync(HttpClient client, string path, object body)
    {
        var response = await client.PutAsJsonAsync(path, body);
        await Api.EnsureAsync(response, HttpStatusCode.OK);
    }

    private static async Task AssertInvalidAsync(Task<HttpResponseMessage> call, string field)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for {field}: {problem}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class LinkedOutageTestsOnSqlite : LinkedOutageTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class LinkedOutageTestsOnPostgres : LinkedOutageTests
{
    protected override string Provider => "Postgres";
}
