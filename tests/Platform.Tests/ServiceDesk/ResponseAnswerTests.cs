using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Billing;
using Platform.Tests.Infrastructure;
using ServiceDesk.Mails;
using static Platform.Tests.ServiceDesk.ServiceDeskClient;

namespace Platform.Tests.ServiceDesk;

/// <summary>Issue 20: the response clock stops only on an answer the reporter received — a silent resolve is no answer, the
/// resolution mail counts once delivered. Own host, real SMTP (aiosmtpd) and a clock the test moves; 1 June 2026 is a Monday.</summary>
public abstract class ResponseAnswerTests
{
    protected abstract string Provider { get; }

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 6, day, hour, minute, 0, TimeSpan.FromHours(2));

    [SkippableFact]
    public async Task A_silent_resolve_leaves_the_response_open_until_it_breaches_and_the_report_says_so()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        env.Now(Local(1, 16, 40));
        var id = await env.RecordP1Async(Local(1, 16, 30));
        env.Now(Local(1, 16, 45));
        var resolved = await PostOkAsync(env.Agent, $"{Incidents}/{id}/status", new { status = "resolved" });
        Assert.Equal("running", State(resolved, "response"));
        Assert.Equal("met", State(resolved, "resolution"));
        Assert.Equal(JsonValueKind.Null, resolved.GetProperty("answeredAt").ValueKind);
        Assert.Equal(["Acknowledgement"], resolved.GetProperty("mails").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
        // Still in the default queue: the reporter has not been told.
        Assert.Contains(await QueueIdsAsync(env), x => x == id);

        env.Now(Local(2, 12, 0));
        var next = await GetJsonAsync(env.Agent, $"{Incidents}/{id}");
        Assert.Equal("breached", State(next, "response"));
        Assert.Equal(3.5, next.GetProperty("response").GetProperty("elapsedHours").GetDouble());
        var queued = (await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray().Single();
        Assert.True(queued.GetProperty("breached").GetBoolean());
        var report = await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{env.Tenant.Slug}/reports/2026/6");
        Assert.Equal(0, report.GetProperty("response").GetProperty("met").GetInt32());
        Assert.Equal(1, report.GetProperty("response").GetProperty("breached").GetInt32());
        Assert.Contains(report.GetProperty("breaches").EnumerateArray(), b => b.GetProperty("clock").GetString() == "response");
        // Only the automatic acknowledgement went out, and it is no answer.
        var ack = Assert.Single(env.Smtp.Messages());
        Assert.Contains("] Ontvangen: Kaart plat", ack.Subject);
    }

    [SkippableFact]
    public async Task The_resolution_mail_answers_when_delivered_not_when_it_bounces_and_is_sent_once()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        env.Now(Local(1, 16, 40));
        var id = await env.RecordP1Async(Local(1, 16, 30));
        env.Smtp.Stop();
        env.Now(Local(1, 16, 45));
        var bounced = await PostOkAsync(env.Agent, $"{Incidents}/{id}/status", new { status = "resolved", reason = "De kaartlaag is hersteld." });
        Assert.Equal("running", State(bounced, "response"));
        var mail = bounced.GetProperty("mails").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "Resolution");
        Assert.Equal(JsonValueKind.Null, mail.GetProperty("deliveredAt").ValueKind);
        Assert.Contains("niet bereikbaar", mail.GetProperty("lastError").GetString());
        var page = await env.Agent.GetStringAsync($"/servicedesk/incidenten/{id}");
        Assert.Contains("Niet bezorgd", page);

        // Retried by the job before the retry time: nothing; after it, with the server back: delivered, and the answer counts then.
        await env.Smtp.RestartAsync();
        Assert.Equal(0, await env.DeliverPendingAsync());
        env.Now(Local(1, 16, 50));
        Assert.Equal(1, await env.DeliverPendingAsync());
        var answered = await GetJsonAsync(env.Agent, $"{Incidents}/{id}");
        Assert.Equal("met", State(answered, "response"));
        Assert.Equal(Local(1, 16, 50), answered.GetProperty("response").GetProperty("stoppedAt").GetDateTimeOffset());
        Assert.Equal(Local(1, 16, 50), answered.GetProperty("answeredAt").GetDateTimeOffset());
        Assert.DoesNotContain(await QueueIdsAsync(env), x => x == id);

        var sent = Assert.Single(env.Smtp.To(DeskEnv.ReporterEmail), m => (m.Subject ?? "").Contains("Opgelost"));
        var number = answered.GetProperty("number").GetString();
        Assert.Equal($"[{number}] Opgelost: Kaart plat", sent.Subject);
        Assert.Contains("De kaartlaag is hersteld.", sent.TextBody);
        Assert.Contains("Heropenen", sent.TextBody);
        Assert.Equal($"incident-{id:N}@{IncidentMails.Domain}", sent.InReplyTo);
        Assert.Contains($"incident-{id:N}@{IncidentMails.Domain}", sent.References);
        Assert.EndsWith("@" + IncidentMails.Domain, sent.MessageId);

        env.Now(Local(2, 12, 0));
        Assert.Equal(0, await env.DeliverPendingAsync());
        Assert.Equal(2, env.Smtp.Messages().Count); // the acknowledgement and the resolution, each once
        var report = await GetJsonAsync(env.Agent, $"/api/servicedesk/tenants/{env.Tenant.Slug}/reports/2026/6");
        Assert.Equal(1, report.GetProperty("response").GetProperty("met").GetInt32());
        Assert.Equal(0, report.GetProperty("response").GetProperty("breached").GetInt32());
    }

    [SkippableFact]
    public async Task A_public_reply_counts_when_its_mail_is_delivered()
    {
        using var env = await DeskEnv.StartAsync(Provider);
        env.Now(Local(1, 10, 5));
        var id = await env.RecordP1Async(Local(1, 10, 0));
        env.Smtp.Stop();
        var reply = await PostOkAsync(env.Agent, $"{Incidents}/{id}/replies", new { text = "We kijken ernaar.", @public = true });
        Assert.Equal("running", State(reply, "response"));
        await env.Smtp.RestartAsync();
        env.Now(Local(1, 12, 30));
        Assert.Equal(1, await env.DeliverPendingAsync());
        var late = await GetJsonAsync(env.Agent, $"{Incidents}/{id}");
        Assert.Equal("breached", State(late, "response"));
        Assert.Equal(Local(1, 12, 30), late.GetProperty("response").GetProperty("stoppedAt").GetDateTimeOffset());
        Assert.Single(env.Smtp.To(DeskEnv.ReporterEmail), m => m.Subject == $"[{late.GetProperty("number").GetString()}] Antwoord op je incident: Kaart plat");
    }

    private static string State(JsonElement incident, string clock) => incident.GetProperty(clock).GetProperty("state").GetString()!;

    private static async Task<List<Guid>> QueueIdsAsync(DeskEnv env) =>
        (await GetJsonAsync(env.Agent, $"{Incidents}?tenant={env.Tenant.Slug}")).EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
}

[Collection(OwnHostsCollection.Name)]
public sealed class ResponseAnswerTestsOnSqlite : ResponseAnswerTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class ResponseAnswerTestsOnPostgres : ResponseAnswerTests
{
    protected override string Provider => "Postgres";
}

/// <summary>One service desk test's world: its own app and database (with a clock the test moves), SMTP server, tenant and agent.</summary>
internal sealed class DeskEnv : IDisposable
{
    public const string ReporterEmail = "ria.ruiters@gemeente.test";

    private DeskEnv(ReminderApp app, SmtpServer smtp, Api.TestTenant tenant, HttpClient agent)
    {
        App = app;
        Smtp = smtp;
        Tenant = tenant;
        Agent = agent;
    }

    public ReminderApp App { get; }

    public SmtpServer Smtp { get; }

    public Api.TestTenant Tenant { get; }

    public HttpClient Agent { get; }

    public static async Task<DeskEnv> StartAsync(string provider, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        Skip.If(provider == "Postgres" && string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString),
            "PostgreSQL tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        var server = await SmtpServer.StartAsync();
        var app = new ReminderApp(provider, [.. server.AppSettings, .. settings ?? []]);
        try
        {
            var api = app.Api();
            var tenant = await api.CreateTenantAsync("sd");
            var agent = api.WithKey((await api.CreateUserAsync("Agent")).Key);
            return new DeskEnv(app, server, tenant, agent);
        }
        catch
        {
            app.Dispose();
            server.Dispose();
            throw;
        }
    }

    public void Now(DateTimeOffset at) => App.Clock.SetUtcNow(at.ToUniversalTime());

    /// <summary>A P1 the agent records from an e-mail received at <paramref name="receivedAt"/>.</summary>
    public async Task<Guid> RecordP1Async(DateTimeOffset receivedAt)
    {
        var created = await CreateIncidentAsync(Agent, new
        {
            tenant = Tenant.Slug, title = "Kaart plat", description = "De kaart laadt niet.", urgency = 1, impact = 1,
            receivedAt = receivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz"), channel = "email", reporterName = "Ria Ruiters", reporterEmail = ReporterEmail,
        });
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>One run of the retry job, as Hangfire starts it: a fresh scope, no tenant.</summary>
    public async Task<int> DeliverPendingAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IncidentMailDelivery>().DeliverPendingAsync(CancellationToken.None);
    }

    /// <summary>One run of a job, as Hangfire starts it: a fresh scope, no tenant.</summary>
    public async Task<TResult> RunAsync<TJob, TResult>(Func<TJob, Task<TResult>> run) where TJob : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public void Dispose()
    {
        App.Dispose();
        Smtp.Dispose();
    }
}
