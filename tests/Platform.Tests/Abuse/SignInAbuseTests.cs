using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, point 1: strangers cannot switch an account off, and never its API keys.</summary>
public abstract class SignInAbuseTests(PlatformApp app) : DatabaseTest(app)
{
    private const string Password = "Correct-Horse-Battery-9";

    [SkippableFact]
    public async Task Many_wrong_passwords_neither_lock_the_account_nor_its_api_key()
    {
        var user = await Api.CreateUserAsync("Agent", password: Password);
        var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 8; i++)
        {
            var failed = await AbuseKit.SignInAsync(client, user.Email, "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Het e-mailadres of het wachtwoord is niet juist.", await failed.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.OK, (await Api.WithKey(user.Key).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AbuseKit.SignInAsync(client, user.Email, Password)).StatusCode);
    }

    [SkippableFact]
    public async Task Sign_in_is_throttled_per_account_with_one_answer_for_known_and_unknown_addresses_and_the_key_keeps_working()
    {
        var user = await Api.CreateUserAsync("Agent", password: Password);
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:SignInPerAccount:PermitLimit", "3"));
        var unknown = $"nobody-{Guid.NewGuid():N}@test.burgerprofiel.be";
        var answers = new Dictionary<string, string>();
        foreach (var email in new[] { user.Email, unknown })
        {
            var client = AbuseKit.Client(host, cookies: true);
            for (var i = 0; i < 3; i++)
                Assert.Equal(HttpStatusCode.OK, (await AbuseKit.SignInAsync(client, email, "wrong-" + i)).StatusCode);
            var throttled = await AbuseKit.SignInAsync(client, email, Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.True(throttled.Headers.RetryAfter is not null);
            var html = await throttled.Content.ReadAsStringAsync();
            Assert.Contains("Te veel aanmeldpogingen", html);
            answers[email == unknown ? "unknown" : "known"] = html[html.IndexOf("Te veel", StringComparison.Ordinal)..][..80];
        }
        Assert.Equal(answers["known"], answers["unknown"]);
        Assert.Equal(HttpStatusCode.OK, (await AbuseKit.Client(host, user.Key).GetAsync("/api/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Sign_in_is_throttled_per_client_address_across_accounts()
    {
        using var host = AbuseKit.WithSettings(App, ("RateLimiting:SignIn:PermitLimit", "4"));
        var client = AbuseKit.Client(host, cookies: true);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await AbuseKit.SignInAsync(client, $"someone-{i}-{Guid.NewGuid():N}@test.burgerprofiel.be", "whatever-" + i)).StatusCode);
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aanmelden")).StatusCode);
    }

    [SkippableFact]
    public async Task The_bootstrap_admin_has_no_guessable_address()
    {
        var users = await Api.Admin().GetFromJsonAsync<JsonElement>("/api/admin/users");
        var bootstrap = users.EnumerateArray().Select(u => u.GetProperty("email").GetString()!)
            .Single(e => e.StartsWith("bootstrap-admin", StringComparison.Ordinal));
        Assert.NotEqual("bootstrap-admin@digitaal.vlaanderen.local", bootstrap);
        Assert.Matches("^bootstrap-admin-[0-9a-f]{16}@", bootstrap);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInAbuseOnSqlite(SqliteApp app) : SignInAbuseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInAbuseOnPostgres(PostgresApp app) : SignInAbuseTests(app);
