using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Platform.Kernel.Text;
using Platform.Tests.Infrastructure;
using Platform.Tests.ServiceDesk;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, points 4 and 6 (and the text rule of point 3 on a real module field).</summary>
public abstract class MailAndLimitsAbuseTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableTheory]
    [InlineData("x@")]
    [InlineData("a@b")]
    [InlineData("ria@voorbeeld.be, jan@voorbeeld.be")]
    [InlineData("Ria <ria@voorbeeld.be>")]
    [InlineData("ria@@voorbeeld.be")]
    [InlineData("ria@voorbeeld..be")]
    public async Task An_agent_cannot_record_a_reporter_address_that_is_not_one_valid_address(string reporterEmail)
    {
        var tenant = await Api.CreateTenantAsync("mail");
        var agent = Api.WithKey((await Api.CreateUserAsync("Agent")).Key);
        var response = await agent.PostAsJsonAsync(ServiceDeskClient.Incidents, new
        {
            tenant = tenant.Slug, title = "Via e-mail", description = "Per e-mail ontvangen.", urgency = 3, impact = 3,
            receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:sszzz"), channel = "email", reporterName = "Ria Ruiters", reporterEmail,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reporterEmail", out _));
    }

    [SkippableFact]
    public async Task A_reply_that_cannot_be_mailed_is_kept_once_queued_for_retry_and_not_counted()
    {
        var tenant = await Api.CreateTenantAsync("undeliv");
        var agentUser = await Api.CreateUserAsync("Agent");
        var incident = await ServiceDeskClient.AgentIncidentAsync(Api.WithKey(agentUser.Key), tenant.Slug, DateTimeOffset.UtcNow.AddHours(-1));
        var id = incident.GetProperty("id").GetGuid();
        // An SMTP server that is not there: every mail fails.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var deadPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var broken = AbuseKit.WithSettings(App, ("Mail:Smtp:Host", "127.0.0.1"), ("Mail:Smtp:Port", deadPort.ToString()), ("Mail:Smtp:UseStartTls", "false"));
        var agent = AbuseKit.Client(broken, agentUser.Key);
        var reply = await agent.PostAsJsonAsync($"{ServiceDeskClient.Incidents}/{id}/replies", new { text = "We bekijken het.", @public = true });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());

        // The reply is kept once, its mail waits in the retry queue with its error, and it is no answer yet.
        var after = await ServiceDeskClient.GetJsonAsync(agent, $"{ServiceDeskClient.Incidents}/{id}");
        Assert.Single(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("text").GetString() == "We bekijken het.");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("response").GetProperty("stoppedAt").ValueKind);
        var mail = after.GetProperty("mails").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "Reply");
        Assert.Equal(JsonValueKind.Null, mail.GetProperty("deliveredAt").ValueKind);
        Assert.False(string.IsNullOrEmpty(mail.GetProperty("lastError").GetString()));
    }

    [SkippableFact]
    public async Task At_most_three_reporters_per_tenant_also_through_the_admin_api()
    {
        var tenant = await Api.CreateTenantAsync("seats");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await Api.Admin().PostAsJsonAsync("/api/admin/users", new
            {
                email = $"melder{i}-{Guid.NewGuid():N}@test.burgerprofiel.be", displayName = "Melder " + i, role = "Reporter", tenant = tenant.Slug,
            })).StatusCode);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.BadRequest));
        var reporters = (await Api.Admin().GetFromJsonAsync<JsonElement>("/api/admin/users")).EnumerateArray()
            .Count(u => u.GetProperty("tenantId").ValueKind == JsonValueKind.String && u.GetProperty("tenantId").GetGuid() == tenant.Id
                        && u.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "Reporter"));
        Assert.Equal(3, reporters);
    }

    [SkippableFact]
    public async Task At_most_three_reporters_per_tenant_when_eight_are_added_at_the_same_moment()
    {
        var tenant = await Api.CreateTenantAsync("race");
        var clients = Enumerable.Range(0, 8).Select(_ => Api.Admin()).ToList();
        using var go = new SemaphoreSlim(0);
        var posts = clients.Select(async (client, i) =>
        {
            await go.WaitAsync();
            return (await client.PostAsJsonAsync("/api/admin/users", new
            {
                email = $"gelijk{i}-{Guid.NewGuid():N}@test.burgerprofiel.be", displayName = "Melder " + i, role = "Reporter", tenant = tenant.Slug,
            })).StatusCode;
        }).ToList();
        go.Release(clients.Count);
        var statuses = await Task.WhenAll(posts);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.BadRequest));
        var reporters = (await Api.Admin().GetFromJsonAsync<JsonElement>("/api/admin/users")).EnumerateArray()
            .Count(u => u.GetProperty("tenantId").ValueKind == JsonValueKind.String && u.GetProperty("tenantId").GetGuid() == tenant.Id
                        && u.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "Reporter"));
        Assert.Equal(3, reporters);
    }

    [SkippableTheory]
    [InlineData("Titel\u0000met NUL")]
    [InlineData("Titel met bel\u0007")]
    [InlineData("Titel\nover twee regels")]
    public async Task A_control_character_in_an_incident_title_is_a_400_naming_the_field_and_nothing_is_stored(string title)
    {
        var tenant = await Api.CreateTenantAsync("ctrl");
        var reporter = Api.WithKey((await Api.CreateUserAsync("Reporter", tenant.Slug)).Key);
        var before = (await ServiceDeskClient.GetJsonAsync(reporter, ServiceDeskClient.Incidents)).GetArrayLength();
        var response = await reporter.PostAsJsonAsync(ServiceDeskClient.Incidents, new { title, description = "Regel 1\nRegel 2", urgency = 2, impact = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'Titel'", problem.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal(before, (await ServiceDeskClient.GetJsonAsync(reporter, ServiceDeskClient.Incidents)).GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MailAndLimitsAbuseOnSqlite(SqliteApp app) : MailAndLimitsAbuseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MailAndLimitsAbuseOnPostgres(PostgresApp app) : MailAndLimitsAbuseTests(app);

public sealed class TextRuleTests
{
    [Theory]
    [InlineData("factuur\u202Efdp.exe", "factuurfdp.exe")]
    [InlineData("..\\..\\etc\\passwd", "passwd")]
    [InlineData("\u2066rapport\u2069.pdf", "rapport.pdf")]
    [InlineData("\u0000", "bestand")]
    public void File_names_lose_bidi_controls_and_paths(string name, string expected) => Assert.Equal(expected, TextRule.CleanFileName(name));

    [Fact]
    public void Multi_line_fields_keep_line_breaks_single_line_fields_do_not()
    {
        Assert.Null(TextRule.Check("a\r\nb", "description"));
        Assert.NotNull(TextRule.Check("a\nb", "title"));
        Assert.NotNull(TextRule.Check("a\u0000b", "description"));
        Assert.NotNull(TextRule.Check("\uD800", "name"));
        Assert.Null(TextRule.Check("😀 Ωmega", "name"));
        Assert.Contains("'Naam'", TextRule.Check(new string('x', TextRule.SingleLineMax + 1), "name"));
    }
}
