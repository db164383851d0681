using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, point 7: secure antiforgery cookie, host filtering, no forged Host in redirects, CSP self on the
/// API reference and jobs dashboard, no Server header.</summary>
public abstract class HeadersAndHostsTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableFact]
    public async Task Outside_development_the_antiforgery_cookie_is_secure_and_only_the_public_host_is_answered()
    {
        using var production = AbuseKit.WithSettings(App, ("Platform:PublicBaseUrl", "https://platform.example"));
        using var host = production.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://platform.example") });
        var page = await client.GetAsync("/aanmelden");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csrf = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mbp.csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", csrf, StringComparison.OrdinalIgnoreCase);

        var forged = host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") });
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("10.1.2.3")]
    [InlineData("10.1.2.3:8080")]
    [InlineData("[fd00::5]:8080")]
    [InlineData("node-7.internal")]
    public async Task Health_probes_are_answered_by_ip_and_any_host_while_everything_else_stays_filtered(string probeHost)
    {
        using var production = AbuseKit.WithSettings(App, ("Platform:PublicBaseUrl", "https://platform.example"));
        using var host = production.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/healthz") { Headers = { Host = probeHost } };
        var health = await client.SendAsync(probe);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("Healthy", await health.Content.ReadAsStringAsync());
        using var other = new HttpRequestMessage(HttpMethod.Get, "/aanmelden") { Headers = { Host = probeHost } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(other)).StatusCode);
        using var sneaky = new HttpRequestMessage(HttpMethod.Get, "/healthz/../aanmelden") { Headers = { Host = probeHost } };
        Assert.NotEqual(HttpStatusCode.OK, (await client.SendAsync(sneaky)).StatusCode);
    }

    [SkippableFact]
    public async Task A_forged_host_is_never_echoed_into_a_redirect()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";
        var response = await Api.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("evil", response.Headers.Location.OriginalString);
    }

    [SkippableFact]
    public async Task Api_reference_and_jobs_dashboard_load_nothing_from_third_parties()
    {
        var client = Api.Admin();
        foreach (var path in new[] { "/api-docs", "/jobs" })
        {
            var response = await client.GetAsync(path);
            var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.DoesNotContain("http", csp);
            Assert.Contains("default-src 'self'", csp);
        }
        var first = await Api.Anonymous().GetAsync("/api-docs");
        var docs = first.StatusCode == HttpStatusCode.OK ? await first.Content.ReadAsStringAsync()
            : await Api.Anonymous().GetStringAsync(first.Headers.Location!.OriginalString); // Scalar adds the trailing slash
        Assert.Contains("<script", docs);
        Assert.DoesNotContain("fonts.googleapis", docs);
        Assert.DoesNotContain("cdn.jsdelivr", docs);
        Assert.False(App.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HeadersAndHostsOnSqlite(SqliteApp app) : HeadersAndHostsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HeadersAndHostsOnPostgres(PostgresApp app) : HeadersAndHostsTests(app);
