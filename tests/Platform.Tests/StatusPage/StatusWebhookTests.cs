using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Webhooks;

namespace Platform.Tests.StatusPage;

/// <summary>Webhooks against a small HTTP listener on 127.0.0.1: signed deliveries, each event once, retries
/// logged, disabled after repeated failures. Plain http to loopback is allowed only by the test flag.</summary>
public abstract class StatusWebhookTests(PlatformApp app) : DatabaseTest(app)
{
    private sealed record Received(string Body, string Signature, string Timestamp, string Event);

    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        public ConcurrentQueue<Received> Requests { get; } = new();
        public string Url { get; }

        public Receiver()
        {
            Url = $"http://127.0.0.1:{FreePort()}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext ctx;
                    try { ctx = await _listener.GetContextAsync(); } catch (Exception) { return; }
                    using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
                    Requests.Enqueue(new(await reader.ReadToEndAsync(), ctx.Request.Headers[WebhookSignature.SignatureHeader] ?? "",
                        ctx.Request.Headers[WebhookSignature.TimestampHeader] ?? "", ctx.Request.Headers[WebhookSignature.EventHeader] ?? ""));
                    ctx.Response.StatusCode = 204;
                    ctx.Response.Close();
                }
            });
        }

        public void Dispose() => _listener.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private WebApplicationFactory<Program> Insecure() =>
        App.WithWebHostBuilder(b => b.UseSetting("StatusPage:AllowInsecureWebhooks", "true"));

    private HttpClient Admin(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", App.AdminKey);
        return client;
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        await Api.EnsureAsync(response, expected);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(Guid Product, Guid Component)> ProductAsync(HttpClient admin)
    {
        var slug = "w-" + Guid.NewGuid().ToString("N")[..10];
        var product = await IdOf(await admin.PostAsJsonAsync("/api/status/products", new { slug, name = "Webhookproduct " + slug }), HttpStatusCode.Created);
        var component = await IdOf(await admin.PostAsJsonAsync($"/api/status/products/{product}/components", new { name = "API " + slug }), HttpStatusCode.Created);
        return (product, component);
    }

    private static async Task<Guid> EventOfAsync(IServiceProvider services, Guid incident)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatusPageDbContext>().Events.Where(e => e.IncidentId == incident).Select(e => e.Id).SingleAsync();
    }

    private static async Task RunAsync<TJob>(IServiceProvider services, Func<TJob, Task> run) where TJob : notnull
    {
        await using var scope = services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    [SkippableFact]
    public async Task Deliveries_are_signed_with_the_secret_shown_once_and_sent_once()
    {
        using var receiver = new Receiver();
        await using var factory = Insecure();
        var admin = Admin(factory);
        var (_, component) = await ProductAsync(admin);
        var created = await admin.PostAsJsonAsync("/api/status/webhooks", new { url = receiver.Url, componentId = component });
        var hook = (await created.Content.ReadFromJsonAsync<JsonElement>());
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var hookId = hook.GetProperty("id").GetGuid();
        var secret = hook.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        var again = await admin.PostAsJsonAsync("/api/status/webhooks", new { url = receiver.Url, componentId = component });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("al geregistreerd", await again.Content.ReadAsStringAsync());
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks");
        Assert.All(listed.EnumerateArray(), w => Assert.Equal(JsonValueKind.Null, w.GetProperty("secret").ValueKind));

        var incident = await IdOf(await admin.PostAsJsonAsync("/api/status/incidents", new
        {
            title = "Webhookstoring", message = "Onderzoek loopt.", impacts = new[] { new { componentId = component, level = "PartialOutage" } },
        }), HttpStatusCode.Created);
        var eventId = await EventOfAsync(factory.Services, incident);
        await RunAsync<StatusNotificationJob>(factory.Services, j => j.DispatchAsync(eventId, CancellationToken.None));
        await RunAsync<StatusNotificationJob>(factory.Services, j => j.DispatchAsync(eventId, CancellationToken.None));
        await RunAsync<WebhookDeliveryJob>(factory.Services, j => j.DeliverAsync(hookId, eventId, CancellationToken.None));
        await RunAsync<WebhookDeliveryJob>(factory.Services, j => j.DeliverAsync(hookId, eventId, CancellationToken.None)); // a stray retry

        var request = Assert.Single(receiver.Requests);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(request.Timestamp + "." + request.Body)));
        Assert.Equal(expected, request.Signature);
        Assert.NotEqual(expected, "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("whsec_wrong"), Encoding.UTF8.GetBytes(request.Timestamp + "." + request.Body))));
        Assert.Equal("incident.opened", request.Event);
        var payload = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(eventId, payload.GetProperty("id").GetGuid());
        Assert.Equal("Storing: Webhookstoring", payload.GetProperty("title").GetString());

        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/status/webhooks/{hookId}/deliveries");
        var entry = Assert.Single(log.EnumerateArray());
        Assert.True(entry.GetProperty("succeeded").GetBoolean());
        Assert.Equal(204, entry.GetProperty("statusCode").GetInt32());
    }

    [SkippableFact]
    public async Task Failed_deliveries_are_logged_retried_and_the_webhook_disabled_after_repeated_failures()
    {
        await using var factory = Insecure();
        var admin = Admin(factory);
        var (_, component) = await ProductAsync(admin);
        var deadUrl = $"http://127.0.0.1:{FreePort()}/nobody-listens";
        var hookId = await IdOf(await admin.PostAsJsonAsync("/api/status/webhooks", new { url = deadUrl, componentId = component }), HttpStatusCode.Created);
        var incident = await IdOf(await admin.PostAsJsonAsync("/api/status/incidents", new
        {
            title = "Niemand luistert", message = "Test.", impacts = new[] { new { componentId = component, level = "MajorOutage" } },
        }), HttpStatusCode.Created);
        var eventId = await EventOfAsync(factory.Services, incident);
        await RunAsync<StatusNotificationJob>(factory.Services, j => j.DispatchAsync(eventId, CancellationToken.None));

        for (var attempt = 1; attempt < WebhookDeliveryJob.DisableAfter; attempt++)
            await Assert.ThrowsAsync<WebhookDeliveryException>(() =>
                RunAsync<WebhookDeliveryJob>(factory.Services, j => j.DeliverAsync(hookId, eventId, CancellationToken.None)));
        // The last failure disables the webhook instead of scheduling yet another retry.
        await RunAsync<WebhookDeliveryJob>(factory.Services, j => j.DeliverAsync(hookId, eventId, CancellationToken.None));
        await RunAsync<WebhookDeliveryJob>(factory.Services, j => j.DeliverAsync(hookId, eventId, CancellationToken.None));

        var log = (await admin.GetFromJsonAsync<JsonElement>($"/api/status/webhooks/{hookId}/deliveries")).EnumerateArray().ToList();
        Assert.Equal(WebhookDeliveryJob.DisableAfter, log.Count);
        Assert.All(log, d => Assert.False(d.GetProperty("succeeded").GetBoolean()));
        Assert.Equal(Enumerable.Range(1, WebhookDeliveryJob.DisableAfter).Reverse(), log.Select(d => d.GetProperty("attempt").GetInt32()));
        var hook = (await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks")).EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == hookId);
        Assert.NotEqual(JsonValueKind.Null, hook.GetProperty("disabledAt").ValueKind);

        // Switched back on by hand: active again with a clean failure count; an unknown webhook is a 404.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/status/webhooks/{hookId}/enable", null)).StatusCode);
        hook = (await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks")).EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == hookId);
        Assert.Equal(JsonValueKind.Null, hook.GetProperty("disabledAt").ValueKind);
        Assert.Equal(0, hook.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/status/webhooks/{Guid.NewGuid()}/enable", null)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatusWebhooksOnSqlite(SqliteApp app) : StatusWebhookTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatusWebhooksOnPostgres(PostgresApp app) : StatusWebhookTests(app);
