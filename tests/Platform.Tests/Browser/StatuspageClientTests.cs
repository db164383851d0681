using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Browser;

/// <summary>A real Statuspage client library (npm <c>statuspage.io</c>, run by Node) reads the platform's
/// <c>/api/v2</c> documents over real HTTP, unchanged. Lives beside the browser tests for their real Kestrel port.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class StatuspageClientTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_statuspage_io_client_reads_components_incidents_and_maintenance()
    {
        var api = browser.App.Api();
        var agent = api.WithKey((await api.CreateUserAsync("Agent")).Key);
        var slug = "n-" + Guid.NewGuid().ToString("N")[..10];
        var created = await agent.PostAsJsonAsync("/api/status/products", new { slug, name = "Clientproduct " + slug });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var component = await agent.PostAsJsonAsync($"/api/status/products/{productId}/components", new { name = "Clientonderdeel " + slug });
        await Api.EnsureAsync(component, HttpStatusCode.Created);
        var componentId = (await component.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var incident = await agent.PostAsJsonAsync("/api/status/incidents", new
        {
            title = "Clientstoring " + slug, status = "Investigating", message = "We kijken.", impacts = new[] { new { componentId, level = "PartialOutage" } },
        });
        await Api.EnsureAsync(incident, HttpStatusCode.Created);
        var incidentId = (await incident.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var start = DateTimeOffset.UtcNow.AddDays(1);
        await Api.EnsureAsync(await agent.PostAsJsonAsync("/api/status/maintenance", new
        {
            title = "Clientonderhoud " + slug, description = "Upgrade.", start, end = start.AddHours(1), componentIds = new[] { componentId },
        }), HttpStatusCode.Created);

        var output = JsonDocument.Parse(await RunNodeAsync(browser.BaseUrl)).RootElement;
        Assert.Equal("mijn-burgerprofiel", output.GetProperty("page").GetString());
        Assert.Contains(output.GetProperty("indicator").GetString(), new[] { "major", "critical" });
        var c = output.GetProperty("components").EnumerateArray().Single(x => x.GetProperty("id").GetString() == componentId.ToString());
        Assert.Equal("partial_outage", c.GetProperty("status").GetString());
        Assert.True(output.GetProperty("components").EnumerateArray().Single(x => x.GetProperty("id").GetString() == productId.ToString()).GetProperty("group").GetBoolean());
        var i = output.GetProperty("incidents").EnumerateArray().Single(x => x.GetProperty("id").GetString() == incidentId.ToString());
        Assert.Equal("major", i.GetProperty("impact").GetString());
        Assert.Equal(1, i.GetProperty("updates").GetInt32());
        Assert.Contains(incidentId.ToString(), output.GetProperty("unresolved").EnumerateArray().Select(x => x.GetString()));
        var m = output.GetProperty("maintenances").EnumerateArray().Single(x => x.GetProperty("name").GetString() == "Clientonderhoud " + slug);
        Assert.Equal("scheduled", m.GetProperty("status").GetString());
        Assert.Contains(m.GetProperty("id").GetString(), output.GetProperty("upcoming").EnumerateArray().Select(x => x.GetString()));
    }

    private static async Task<string> RunNodeAsync(string baseUrl)
    {
        var folder = Path.Combine(Repository.Root, "tests", "Platform.Tests", "StatusPage", "npm");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "statuspage.io")),
            $"Run `npm install --prefix {folder}` first (.ci/run does).");
        var start = new ProcessStartInfo("node", ["read-status.cjs", baseUrl])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, await stderr);
        return await stdout;
    }
}
