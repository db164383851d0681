using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using StatusPage.Checks;
using StatusPage.Persistence;

namespace Platform.Tests.StatusPage;

/// <summary>Two hosts on one PostgreSQL database run the due-checks job at the same moment, several times: each check
/// runs once per interval (the claim on its due time decides), counted in the results and at the server.</summary>
[Collection(OwnHostsCollection.Name)]
public sealed class HealthCheckNodesTests
{
    [SkippableFact]
    public async Task Two_hosts_run_each_check_once_per_interval()
    {
        Skip.If(string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "Multi-node tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        using var server = new HealthServer();
        using var nodes = new Nodes(2, new Dictionary<string, string?> { ["StatusPage:Checks:InternalHosts:0"] = "127.0.0.1" });
        nodes.Start();
        var admin = nodes[0].Api().Admin();
        var product = (await (await admin.PostAsJsonAsync("/api/status/products", new { slug = "knooppunten", name = "Knooppunten" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var component = (await (await admin.PostAsJsonAsync($"/api/status/products/{product}/components", new { name = "API" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        const int checks = 10;
        for (var i = 0; i < checks; i++)
            await Api.EnsureAsync(await admin.PostAsJsonAsync($"/api/status/components/{component}/checks",
                new { name = $"Controle {i}", kind = "Http", target = server.Url + i, intervalSeconds = 30, timeoutMs = 5000 }), System.Net.HttpStatusCode.Created);

        for (var interval = 1; interval <= 3; interval++)
        {
            // Both nodes' job fires at once, and fires again before the interval is over (a slow poll, a retry).
            var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => RunDueAsync(nodes[i % 2])));
            Assert.Equal(checks, runs.Sum());
            Assert.Equal(checks * interval, await nodes.CountAsync("SELECT count(*) FROM statuspage.status_health_check_results"));
            Assert.Equal(checks * interval, server.Requests);
            // The interval passes: every check is due again.
            await nodes.CountAsync("WITH u AS (UPDATE statuspage.status_health_checks SET \"NextDueAt\" = \"NextDueAt\" - interval '30 seconds' RETURNING 1) SELECT count(*) FROM u");
        }
    }

    private static async Task<int> RunDueAsync(NodeApp node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthCheckRunner>().RunDueAsync(CancellationToken.None);
    }
}
