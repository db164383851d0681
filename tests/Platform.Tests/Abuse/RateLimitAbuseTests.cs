using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, point 2: bursts on anonymous writing endpoints get 429 with Retry-After (problem details on the API,
/// Dutch on pages); one address never gets more than a few confirmation mails an hour; authenticated writes are capped.</summary>
public abstract class RateLimitAbuseTests(PlatformApp app) : DatabaseTest(app)
{
    private static string NewEmail() => $"sub-{Guid.NewGuid():N}@test.burgerprofiel.be";

    private static async Task AssertTooManyProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("Te veel", problem.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task Anonymous_api_writes_get_429_after_a_burst_from_one_address()
    {
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:AnonymousWrite:PermitLimit", "3"));
        var client = AbuseKit.Client(host);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/status/subscriptions", new { email = NewEmail() })).StatusCode);
        await AssertTooManyProblemAsync(await client.PostAsJsonAsync("/api/status/subscriptions", new { email = NewEmail() }));
        // The limit is per client address, not per endpoint: the onboarding request shares the address's budget.
        await AssertTooManyProblemAsync(await client.PostAsJsonAsync("/api/onboarding-requests", new { name = "x" }));
    }

    [SkippableFact]
    public async Task Forwarded_for_counts_only_behind_a_trusted_proxy()
    {
        using var untrusted = AbuseKit.WithSettings(App, ("RateLimiting:AnonymousWrite:PermitLimit", "2"));
        var client = AbuseKit.Client(untrusted);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/status/subscriptions") { Content = JsonContent.Create(new { email = NewEmail() }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);

        using var trusted = AbuseKit.WithSettings(App, ("RateLimiting:AnonymousWrite:PermitLimit", "2"), ("Platform:TrustForwardedHeaders", "true"));
        client = AbuseKit.Client(trusted);
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/status/subscriptions") { Content = JsonContent.Create(new { email = NewEmail() }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request)).StatusCode);
        }
    }

    [SkippableFact]
    public async Task The_subscription_page_answers_a_burst_in_dutch()
    {
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:AnonymousWrite:PermitLimit", "2"));
        var client = AbuseKit.Client(host, cookies: true);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            var token = await Api.FormTokenAsync(client, "/status/abonneren");
            last = await client.PostAsync("/status/abonneren", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = NewEmail(), ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last.Headers.RetryAfter);
        var html = await last.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"nl", html);
        Assert.Contains("Te veel verzoeken", html);
        Assert.Contains("error-summary", html); // on the form itself, which is shown again
        Assert.Contains("name=\"Email\"", html);
    }

    [SkippableFact]
    public async Task One_address_gets_at_most_three_confirmation_mails_whoever_asks()
    {
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:MailPerAddress:PermitLimit", "3"));
        var victim = NewEmail();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await AbuseKit.Client(host).PostAsJsonAsync("/api/status/subscriptions", new { email = i % 2 == 0 ? victim : victim.ToUpperInvariant() })).StatusCode);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var mails = Directory.Exists(App.MailFolder)
            ? Directory.GetFiles(App.MailFolder, "*.eml").Count(f => File.ReadAllText(f).Contains(victim, StringComparison.OrdinalIgnoreCase))
            : 0;
        Assert.Equal(3, mails);
    }

    [SkippableFact]
    public async Task Password_reset_requests_are_capped_per_address_with_a_dutch_message_and_never_reveal_an_account()
    {
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:MailPerAddress:PermitLimit", "2"));
        var client = AbuseKit.Client(host, cookies: true);
        var existing = await Api.CreateUserAsync("Finance");
        foreach (var address in new[] { "nobody-" + Guid.NewGuid().ToString("N") + "@test.burgerprofiel.be", existing.Email })
        {
            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage last = null!;
            for (var i = 0; i < 3; i++)
            {
                var token = await Api.FormTokenAsync(client, "/wachtwoord-vergeten");
                last = await client.PostAsync("/wachtwoord-vergeten", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = address, ["__RequestVerificationToken"] = token,
                }));
                statuses.Add(last.StatusCode);
            }
            // The same answers whether or not the address has an account: two accepted, then refused with a Dutch message.
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
            Assert.Contains("Te veel verzoeken", await last.Content.ReadAsStringAsync());
        }
    }

    [SkippableFact]
    public async Task A_429_is_never_logged_as_an_error()
    {
        var log = new LogCapture();
        using var host = App.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimiting:AnonymousWrite:PermitLimit", "2");
            b.UseSetting("RateLimiting:MailPerAddress:PermitLimit", "1");
            b.ConfigureServices(s => s.AddSingleton<Serilog.Core.ILogEventSink>(log));
        });
        var client = AbuseKit.Client(host);
        var email = NewEmail();
        // The keyed limit inside the use case (mails per address), then the rate limiter (per client address).
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.PostAsJsonAsync("/api/status/subscriptions", new { email })).StatusCode);
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.DoesNotContain(log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
        Assert.DoesNotContain(log.Events, e => e.Exception is Platform.Kernel.Abuse.TooManyRequestsException);
        Assert.Contains(log.Events, e => e.Level == Serilog.Events.LogEventLevel.Information && e.MessageTemplate.Text.StartsWith("Limit reached", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Authenticated_writes_have_a_generous_per_user_limit()
    {
        var user = await Api.CreateUserAsync("PlatformAdmin");
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:AuthenticatedWrite:PermitLimit", "3"));
        var client = AbuseKit.Client(host, user.Key);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/admin/users/{user.Id}/api-keys", new { name = "k" + i })).StatusCode);
        await AssertTooManyProblemAsync(await client.PostAsJsonAsync($"/api/admin/users/{user.Id}/api-keys", new { name = "k4" }));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode); // reads are not counted
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RateLimitAbuseOnSqlite(SqliteApp app) : RateLimitAbuseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RateLimitAbuseOnPostgres(PostgresApp app) : RateLimitAbuseTests(app);
