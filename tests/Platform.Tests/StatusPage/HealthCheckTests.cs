using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Kernel.Outages;
using StatusPage;
using StatusPage.Checks;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace Platform.Tests.StatusPage;

/// <summary>A small HTTP server on 127.0.0.1 the test starts and stops (the same port each time).</summary>
internal sealed class HealthServer : IDisposable
{
    private HttpListener? _listener;
    public int Port { get; } = HealthCheckTests.FreePort();
    public string Url => $"http://127.0.0.1:{Port}/health/";
    public int Requests;

    public HealthServer() => Start();

    public void Start()
    {
        _listener = new HttpListener();
        _listener.Prefixes.Add(Url);
        _listener.Start();
        var listener = _listener;
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); } catch (Exception) { return; }
                Interlocked.Increment(ref Requests);
                var body = Encoding.UTF8.GetBytes("status: gezond");
                ctx.Response.StatusCode = 200;
                await ctx.Response.OutputStream.WriteAsync(body);
                ctx.Response.Close();
            }
        });
    }

    public void Stop() => _listener?.Close();

    public void Dispose() => Stop();
}

/// <summary>Health checks against real servers on loopback (allowed by <c>StatusPage:Checks:InternalHosts</c>): the
/// component goes down, the automatic incident opens after N failures, the public page and the Statuspage JSON show it,
/// subscribers and the desk are mailed once, the server comes back and the incident resolves after M successes.</summary>
public abstract class HealthCheckTests(PlatformApp app) : DatabaseTest(app)
{
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private string DeskAddress { get; } = $"desk-{Guid.NewGuid():N}@test.burgerprofiel.be";

    private WebApplicationFactory<Program> WithLoopback() => App.WithWebHostBuilder(b => b
        .UseSetting("StatusPage:Checks:InternalHosts:0", "127.0.0.1")
        .UseSetting("StatusPage:Checks:InternalHosts:1", "localhost")
        .UseSetting("StatusPage:Checks:DeskAddress", DeskAddress));

    private HttpClient Admin(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", App.AdminKey);
        return client;
    }

    private static async Task<JsonElement> OkJson(HttpResponseMessage response, HttpStatusCode expected)
    {
        await Api.EnsureAsync(response, expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<(Guid Product, string Slug, Guid Component, string Name)> ComponentAsync(HttpClient admin)
    {
        var slug = "hc-" + Guid.NewGuid().ToString("N")[..10];
        var product = (await OkJson(await admin.PostAsJsonAsync("/api/status/products", new { slug, name = "Controleproduct " + slug }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var name = "Configuratie-API " + slug;
        var component = (await OkJson(await admin.PostAsJsonAsync($"/api/status/products/{product}/components", new { name }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (product, slug, component, name);
    }

    private static async Task<string> RunAsync(HttpClient admin, Guid check) =>
        (await OkJson(await admin.PostAsync($"/api/status/checks/{check}/run", null), HttpStatusCode.OK)).GetProperty("outcome").GetString()!;

    private static async Task DispatchAsync(IServiceProvider services, Guid incident)
    {
        List<Guid> events;
        await using (var scope = services.CreateAsyncScope())
            events = await scope.ServiceProvider.GetRequiredService<StatusPageDbContext>().Events.Where(e => e.IncidentId == incident).OrderBy(e => e.At).Select(e => e.Id).ToListAsync();
        foreach (var id in events)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StatusNotificationJob>().DispatchAsync(id, CancellationToken.None);
        }
    }

    [SkippableFact]
    public async Task A_component_that_goes_down_gets_an_incident_after_N_failures_and_it_resolves_after_M_successes()
    {
        using var server = new HealthServer();
        await using var factory = WithLoopback();
        var admin = Admin(factory);
        var (_, slug, component, name) = await ComponentAsync(admin);
        await Api.EnsureAsync(await admin.PutAsJsonAsync($"/api/status/components/{component}/automation", new { automaticIncidents = "Publish", autoResolve = true }), HttpStatusCode.NoContent);
        var subscriber = $"abonnee-{Guid.NewGuid():N}@test.burgerprofiel.be";
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<IStatusSubscriptions>().SubscribeConfirmedAsync(subscriber, slug));

        var check = (await OkJson(await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new
        {
            name = "Gezondheid", kind = "Http", target = server.Url, bodyContains = "gezond", timeoutMs = 2000, intervalSeconds = 30,
            failureThreshold = 3, recoveryThreshold = 2,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        Assert.Equal("Up", await RunAsync(admin, check));
        Assert.Equal(1, server.Requests);
        server.Stop();
        Assert.Equal("Down", await RunAsync(admin, check));
        Assert.Equal("Down", await RunAsync(admin, check));
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);
        Assert.Equal("Down", await RunAsync(admin, check)); // the third failure in a row

        var automatic = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);
        Assert.Equal("Published", automatic.GetProperty("state").GetString());
        Assert.Equal("MajorOutage", automatic.GetProperty("level").GetString());
        var incident = automatic.GetProperty("incidentId").GetGuid();
        Assert.Equal("Down", await RunAsync(admin, check)); // still down: no second incident
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);

        var anonymous = factory.CreateClient();
        var summary = await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/summary.json");
        Assert.Equal("major_outage", summary.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("id").GetString() == component.ToString()).GetProperty("status").GetString());
        Assert.Contains(summary.GetProperty("incidents").EnumerateArray(), i => i.GetProperty("name").GetString() == "Grote storing: " + name);
        var page = await anonymous.GetStringAsync($"/status?product={slug}");
        Assert.Contains("Grote storing: " + name, page);

        await DispatchAsync(factory.Services, incident);
        await DispatchAsync(factory.Services, incident); // a retry or another node: nobody is told twice
        Assert.Equal(["Storing: Grote storing: " + name], Mailbox.To(App, subscriber).Select(m => m.Subject ?? "").ToArray());
        var desk = Assert.Single(Mailbox.To(App, DeskAddress));
        Assert.Equal("Automatische storing gepubliceerd: " + name, desk.Subject);

        server.Start();
        Assert.Equal("Up", await RunAsync(admin, check));
        Assert.Contains((await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/incidents/unresolved.json")).GetProperty("incidents").EnumerateArray(),
            i => i.GetProperty("id").GetString() == incident.ToString()); // one success is not yet M = 2
        Assert.Equal("Up", await RunAsync(admin, check)); // M = 2 successes: resolved
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/incidents/unresolved.json")).GetProperty("incidents").EnumerateArray(),
            i => i.GetProperty("id").GetString() == incident.ToString());
        Assert.Equal("operational", (await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/summary.json")).GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == component.ToString()).GetProperty("status").GetString());
        await DispatchAsync(factory.Services, incident);
        Assert.Equal(["Storing: Grote storing: " + name, "Opgelost: Grote storing: " + name], Mailbox.To(App, subscriber).Select(m => m.Subject ?? "").ToArray());
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);
        var results = await admin.GetFromJsonAsync<JsonElement>($"/api/status/checks/{check}/results");
        Assert.Equal(["Up", "Up", "Down", "Down", "Down", "Down", "Up"], results.EnumerateArray().Select(r => r.GetProperty("outcome").GetString() ?? "").ToArray());
    }

    [SkippableFact]
    public async Task Drafts_wait_for_an_agent_and_manual_status_wins()
    {
        using var listener = new TcpListener(IPAddress.Loopback, FreePort());
        listener.Start();
        await using var factory = WithLoopback();
        var admin = Admin(factory);
        var (_, _, component, name) = await ComponentAsync(admin); // default: drafts, resolution proposed
        var target = $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var tcp = (await OkJson(await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new
        {
            name = "Poort", kind = "Tcp", target, timeoutMs = 2000, failureThreshold = 2, recoveryThreshold = 1,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var dns = (await OkJson(await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new
        {
            name = "Naam", kind = "Dns", target = "localhost", expectedAddress = "127.0.0.1", failureThreshold = 2, recoveryThreshold = 1,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal("Up", await RunAsync(admin, tcp));
        Assert.Equal("Up", await RunAsync(admin, dns));
        listener.Stop();
        Assert.Equal("Down", await RunAsync(admin, tcp));
        Assert.Equal("Down", await RunAsync(admin, tcp));

        // One of two checks failing: a partial outage, as a draft nobody outside sees yet.
        var draft = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        Assert.Equal("PartialOutage", draft.GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("incidentId").ValueKind);
        Assert.Equal("Concept-storing wacht op goedkeuring: " + name, Assert.Single(Mailbox.To(App, DeskAddress)).Subject);
        var anonymous = factory.CreateClient();
        Assert.Equal("operational", (await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/components.json")).GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == component.ToString()).GetProperty("status").GetString());

        // The agent publishes it; recovery is then proposed, not done, and the agent confirms.
        var published = await OkJson(await admin.PostAsync($"/api/status/automatic-incidents/{draft.GetProperty("id").GetGuid()}/publish", null), HttpStatusCode.OK);
        var incident = published.GetProperty("incidentId").GetGuid();
        Assert.Equal("partial_outage", (await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/components.json")).GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == component.ToString()).GetProperty("status").GetString());
        listener.Start();
        Assert.Equal("Up", await RunAsync(admin, tcp));
        var proposed = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);
        Assert.Equal("RecoveryProposed", proposed.GetProperty("state").GetString());
        Assert.Contains((await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/incidents/unresolved.json")).GetProperty("incidents").EnumerateArray(), i => i.GetProperty("id").GetString() == incident.ToString());
        await Api.EnsureAsync(await admin.PostAsync($"/api/status/automatic-incidents/{proposed.GetProperty("id").GetGuid()}/close", null), HttpStatusCode.OK);
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<JsonElement>("/api/v2/incidents/unresolved.json")).GetProperty("incidents").EnumerateArray(), i => i.GetProperty("id").GetString() == incident.ToString());

        // A status set by hand wins: failures no longer open anything.
        await Api.EnsureAsync(await admin.PutAsJsonAsync($"/api/status/components/{component}/status", new { status = "DegradedPerformance" }), HttpStatusCode.NoContent);
        listener.Stop();
        Assert.Equal("Down", await RunAsync(admin, tcp));
        Assert.Equal("Down", await RunAsync(admin, tcp));
        Assert.Equal("Down", await RunAsync(admin, tcp));
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/status/automatic-incidents")).EnumerateArray(), a => a.GetProperty("componentId").GetGuid() == component);
    }

    [SkippableFact]
    public async Task Targets_outside_the_public_internet_are_refused_unless_configured_as_platform_own()
    {
        var admin = Api.Admin();
        var (_, _, component, _) = await ComponentAsync(admin);
        foreach (var (kind, target) in new[] { ("Http", "http://127.0.0.1:8080/health"), ("Http", "https://10.1.2.3/"), ("Tcp", "localhost:5432"), ("Dns", "db.internal") })
        {
            var refused = await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new { name = "Intern", kind, target });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("publieke domeinnaam", problem.GetProperty("errors").GetProperty("target")[0].GetString());
        }
        var invalid = await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new { name = "", kind = "Ftp", target = "x" });
        Assert.Equal("Kies als soort: Http, Tcp, Dns.", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString());
        var numbers = await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new { name = "Snel", kind = "Http", target = "https://voorbeeld.be/", intervalSeconds = 1, timeoutMs = 10 });
        var errors = (await numbers.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Het interval ligt tussen 10 en 86 400 seconden.", errors.GetProperty("intervalSeconds")[0].GetString());
        Assert.Equal("De time-out ligt tussen 100 en 60 000 ms.", errors.GetProperty("timeoutMs")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new { name = "Publiek", kind = "Http", target = "https://voorbeeld.be/health", enabled = false })).StatusCode);
    }

    [SkippableFact]
    public async Task Results_roll_up_per_hour_raw_results_expire_after_7_days_and_the_chart_page_shows_them()
    {
        var admin = Api.Admin();
        var (_, _, component, name) = await ComponentAsync(admin);
        var check = (await OkJson(await admin.PostAsJsonAsync($"/api/status/components/{component}/checks", new { name = "Publiek", kind = "Http", target = "https://voorbeeld.be/health", enabled = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var now = DateTimeOffset.UtcNow;
        var hour = HealthCheckRollupJob.HourOf(now).AddHours(-3);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
            var c = await db.HealthChecks.SingleAsync(x => x.Id == check);
            c.CreatedAt = now.AddDays(-8);
            var latencies = new[] { 100, 200, 300, 0 };
            for (var i = 0; i < latencies.Length; i++)
                db.HealthCheckResults.Add(new HealthCheckResult { Id = Guid.NewGuid(), CheckId = check, At = hour.AddMinutes(10 * i), LatencyMs = latencies[i], Outcome = i == 3 ? CheckOutcome.Down : CheckOutcome.Up });
            db.HealthCheckResults.Add(new HealthCheckResult { Id = Guid.NewGuid(), CheckId = check, At = now.AddDays(-7).AddHours(-1), LatencyMs = 50, Outcome = CheckOutcome.Up });
            await db.SaveChangesAsync();
        }
        for (var run = 0; run < 2; run++) // idempotent: a second run changes nothing
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HealthCheckRollupJob>().RunAsync(CancellationToken.None);
        }
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
            var rollup = Assert.Single(await db.HealthCheckRollups.Where(r => r.CheckId == check && r.Hour == hour).ToListAsync());
            Assert.Equal((4, 1, 200.0, 300), (rollup.Count, rollup.Failures, rollup.AvgLatencyMs, rollup.P95LatencyMs));
            Assert.Equal(4, await db.HealthCheckResults.CountAsync(r => r.CheckId == check)); // the 7-day-old one is gone
        }
        var page = await Api.Anonymous().GetStringAsync($"/status/onderdelen/{component}");
        Assert.Contains("Responstijd en uptime van " + name, page);
        Assert.Equal(3, page.Split("<svg class=\"chart\"").Length - 1);
        Assert.Contains("Uptime volgens controles: 75,00 % (3 van 4 controles geslaagd). Gemiddelde responstijd 200 ms, hoogste 95e percentiel per uur 300 ms.", page);
        Assert.Contains("Beschikbaarheid volgens storingen", page);
        Assert.DoesNotContain("<script", page);
        Assert.Contains($"href=\"/status/onderdelen/{component}\"", await Api.Anonymous().GetStringAsync("/status"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HealthChecksOnSqlite(SqliteApp app) : HealthCheckTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HealthChecksOnPostgres(PostgresApp app) : HealthCheckTests(app);
