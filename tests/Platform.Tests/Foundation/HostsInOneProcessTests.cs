using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Foundation;

/// <summary>Several hosts live in one process in the tests (and two nodes in the node tests): a host that stops must not take
/// another host's background jobs with it. Hangfire keeps its storage and logging in static globals by default.</summary>
[Collection(OwnHostsCollection.Name)]
public sealed class HostsInOneProcessTests
{
    [Fact]
    public async Task A_host_keeps_queueing_jobs_after_another_host_in_the_process_stopped()
    {
        using var first = new SqliteApp();
        var api = first.Api();
        var agent = await api.CreateUserAsync("Agent");
        var client = api.WithKey(agent.Key);
        var componentId = await Platform.Tests.ServiceDesk.LinkedOutageTests.ComponentAsync(client);

        var second = new SqliteApp();
        await second.Api().CreateTenantAsync("tw"); // started: it configured its own jobs
        var firstStorage = first.Services.GetRequiredService<JobStorage>();
        Assert.NotSame(firstStorage, second.Services.GetRequiredService<JobStorage>());
        second.Dispose();

        var opened = await client.PostAsJsonAsync("/api/status/incidents", new
        {
            title = "Na het stoppen", status = "Investigating", message = "We onderzoeken het.",
            impacts = new[] { new { componentId, level = "MajorOutage" } },
        });
        await Api.EnsureAsync(opened, HttpStatusCode.Created);
    }
}
