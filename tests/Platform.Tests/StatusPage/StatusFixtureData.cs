using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace Platform.Tests.StatusPage;

/// <summary>Builds a product of its own per test through the management API, and runs the notification job the
/// way the (switched-off) job server would.</summary>
internal sealed class StatusFixtureData(PlatformApp app)
{
    public sealed record TestProduct(Guid Id, string Slug, string Name, IReadOnlyList<Guid> Components);

    public HttpClient Agent { get; private set; } = null!;

    public async Task<TestProduct> ProductAsync(int components = 2)
    {
        Agent ??= app.Api().WithKey((await app.Api().CreateUserAsync("Agent")).Key);
        var slug = "p-" + Guid.NewGuid().ToString("N")[..10];
        var name = "Product " + slug;
        var created = await Agent.PostAsJsonAsync("/api/status/products", new { slug, name });
        await Api.EnsureAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var ids = new List<Guid>();
        for (var i = 0; i < components; i++)
        {
            var c = await Agent.PostAsJsonAsync($"/api/status/products/{id}/components", new { name = $"Onderdeel {i + 1} van {slug}", group = "App", sortOrder = i });
            await Api.EnsureAsync(c, HttpStatusCode.Created);
            ids.Add((await c.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        return new TestProduct(id, slug, name, ids);
    }

    public async Task<Guid> OpenIncidentAsync(Guid component, string title, string level = "MajorOutage")
    {
        var response = await Agent.PostAsJsonAsync("/api/status/incidents", new
        {
            title, status = "Investigating", message = "We onderzoeken het probleem.",
            impacts = new[] { new { componentId = component, level } },
        });
        await Api.EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<List<Guid>> EventsOfAsync(Guid incidentOrMaintenance)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatusPageDbContext>();
        return await db.Events.Where(e => e.IncidentId == incidentOrMaintenance || e.MaintenanceId == incidentOrMaintenance)
            .OrderBy(e => e.At).Select(e => e.Id).ToListAsync();
    }

    /// <summary>Runs the dispatch job for every event of the incident or maintenance, as Hangfire would.</summary>
    public async Task DispatchAsync(Guid incidentOrMaintenance)
    {
        foreach (var id in await EventsOfAsync(incidentOrMaintenance))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StatusNotificationJob>().DispatchAsync(id, CancellationToken.None);
        }
    }
}
