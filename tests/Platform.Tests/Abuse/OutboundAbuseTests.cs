using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Net;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Abuse;

/// <summary>Issue 11, point 5: user-given URLs the platform calls reach only the public internet.</summary>
public abstract class OutboundAbuseTests(PlatformApp app) : DatabaseTest(app)
{
    [SkippableTheory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://metadata.google.internal/hook")]
    [InlineData("https://printer.local/hook")]
    [InlineData("https://2130706433/hook")]
    [InlineData("https://user:pw@hooks.voorbeeld.be/hook")]
    public async Task A_webhook_to_an_internal_address_is_refused_at_registration(string url)
    {
        var admin = Api.Admin();
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks")).GetArrayLength();
        var response = await admin.PostAsJsonAsync("/api/status/webhooks", new { url });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks")).GetArrayLength());
    }

    /// <summary>A public-looking name that the real resolver resolves to loopback (pointed at <c>localhost</c> through
    /// <c>Platform:Net:ConnectTo</c>, then resolved by the system's DNS): refused at registration, and the host's own
    /// delivery client never connects to it.</summary>
    [SkippableFact]
    public async Task A_webhook_to_a_name_that_resolves_to_loopback_is_refused_at_registration_and_never_called_at_delivery()
    {
        var name = $"hooks-{Guid.NewGuid():N}.voorbeeld.be";
        using var host = AbuseKit.WithSettings(App, ($"Platform:Net:ConnectTo:{name}", "localhost"));
        var admin = AbuseKit.Client(host, App.AdminKey);
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks")).GetArrayLength();
        var response = await admin.PostAsJsonAsync("/api/status/webhooks", new { url = $"https://{name}/hook" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("publieke domeinnaam", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("url")[0].GetString());
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>("/api/status/webhooks")).GetArrayLength());

        // Delivery (the name may have resolved elsewhere at registration): the host's webhook client refuses to connect.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var delivery = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("statuspage-webhooks");
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => delivery.PostAsync($"http://{name}:{port}/hook", new StringContent("{}")));
        Assert.Contains("public addresses only", refused.Message);
        Assert.False(listener.Pending(), "the receiver on 127.0.0.1 was called");
    }

    [SkippableFact]
    public async Task A_tenant_feature_url_follows_the_same_rule()
    {
        Assert.Equal(PublicInternet.NotPublic("De link"), PublicInternet.HostError(new Uri("https://169.254.169.254/x"), "De link"));
        Assert.Null(PublicInternet.HostError(new Uri("https://www.gent.be/afspraak"), "De link"));
        await Task.CompletedTask;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboundAbuseOnSqlite(SqliteApp app) : OutboundAbuseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OutboundAbuseOnPostgres(PostgresApp app) : OutboundAbuseTests(app);

/// <summary>The address rule itself and the delivery handler (no database involved).</summary>
public sealed class PublicInternetTests
{
    [Theory]
    [InlineData("127.0.0.1")] [InlineData("10.0.0.1")] [InlineData("172.16.5.4")] [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] [InlineData("100.64.0.1")] [InlineData("0.0.0.0")] [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")] [InlineData("198.18.0.1")] [InlineData("::1")] [InlineData("::")] [InlineData("fe80::1")]
    [InlineData("fc00::1")] [InlineData("fd12:3456::1")] [InlineData("ff02::1")] [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")] [InlineData("64:ff9b::a00:1")] [InlineData("2002:a9fe:a9fe::1")] [InlineData("2001:db8::1")]
    public void Internal_addresses_are_not_public(string address) => Assert.False(PublicInternet.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")] [InlineData("193.191.245.1")] [InlineData("2a00:1450:4001::1")] [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_public(string address) => Assert.True(PublicInternet.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task Delivery_resolves_the_name_again_and_never_connects_to_loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new HttpClient(PublicInternet.CreateHandler());
        // "localhost" is a name that resolves to 127.0.0.1 at delivery time; the IP literal is refused the same way.
        foreach (var url in new[] { $"http://localhost:{port}/hook", $"http://127.0.0.1:{port}/hook", $"http://[::ffff:127.0.0.1]:{port}/hook" })
            await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(url, new StringContent("{}")));
        Assert.False(listener.Pending(), "the receiver on 127.0.0.1 was called");
    }

    [Fact]
    public async Task Delivery_never_follows_a_redirect()
    {
        var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var served = Task.Run(async () =>
        {
            var ctx = await listener.GetContextAsync();
            ctx.Response.StatusCode = 302;
            ctx.Response.RedirectLocation = "http://169.254.169.254/latest/meta-data";
            ctx.Response.Close();
        });
        using var client = new HttpClient(PublicInternet.CreateHandler(allowLoopback: true));
        var response = await client.PostAsync($"http://127.0.0.1:{port}/hook", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        await served;
        listener.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
