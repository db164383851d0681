using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Seeding;
using Platform.Kernel.Web;
using StatusPage.Domain;
using StatusPage.Persistence;
using StatusPage.Catalog;
using StatusPage.Incidents;

namespace StatusPage.Seeding;

/// <summary>Loads <c>seed/statuspage.json</c> (the product, its components and a past incident) into empty tables.
/// Past incidents are placed relative to today so the 90-day bar shows them.</summary>
internal sealed class StatusDemoData(StatusPageDbContext db, TimeProvider clock, IOptions<BenchmarkOptions> benchmark) : IDemoDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        if (await db.Products.AnyAsync(cancellationToken)) return;
        if (benchmark.Value.StatusPageData)
        {
            await BenchmarkStatusData.SeedAsync(db, clock.GetUtcNow(), cancellationToken);
            return;
        }
        var file = Path.Combine(seedFolder, "statuspage.json");
        if (!File.Exists(file)) return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/statuspage.json is empty.");
        var now = clock.GetUtcNow();
        var trackedSince = now.AddDays(-120);
        var components = new Dictionary<string, Guid>();
        var order = 0;
        foreach (var p in seed.Products)
        {
            var product = new Product { Id = Guid.CreateVersion7(now), Slug = p.Slug, Name = p.Name, Description = p.Description, SortOrder = order++, CreatedAt = now };
            var sort = 0;
            foreach (var c in p.Components)
            {
                var component = new Component { Id = Guid.CreateVersion7(now), ProductId = product.Id, Name = c.Name, Group = c.Group, SortOrder = sort++, TrackedSince = trackedSince };
                product.Components.Add(component);
                components[c.Name] = component.Id;
            }
            db.Products.Add(product);
        }
        foreach (var i in seed.Incidents)
        {
            var start = now.AddDays(-i.DaysAgo);
            var incident = new StatusIncident { Id = Guid.CreateVersion7(start), Title = i.Title, StartedAt = start, Status = IncidentUpdateStatus.Resolved, ResolvedAt = start.AddMinutes(i.DurationMinutes) };
            incident.Impacts.Add(new IncidentImpact { Id = Guid.CreateVersion7(start), IncidentId = incident.Id, ComponentId = components[i.Component], Level = Enum.Parse<ImpactLevel>(i.Level), Start = start, End = incident.ResolvedAt });
            foreach (var u in i.Updates)
                incident.Updates.Add(new IncidentUpdate { Id = Guid.CreateVersion7(start), IncidentId = incident.Id, At = start.AddMinutes(u.Minutes), Status = Enum.Parse<IncidentUpdateStatus>(u.Status), Message = u.Message });
            db.Incidents.Add(incident);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record SeedFile(List<SeedProduct> Products, List<SeedIncident> Incidents);
    private sealed record SeedProduct(string Slug, string Name, string? Description, List<SeedComponent> Components);
    private sealed record SeedComponent(string Name, string? Group);
    private sealed record SeedIncident(string Title, int DaysAgo, int DurationMinutes, string Component, string Level, List<SeedUpdate> Updates);
    private sealed record SeedUpdate(string Status, int Minutes, string Message);
}
