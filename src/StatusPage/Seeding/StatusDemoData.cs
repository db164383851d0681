using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Seeding;
using StatusPage.Persistence;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;

namespace StatusPage.Seeding;

/// <summary>Loads <c>statuspage.json</c> from the seed folder (products, components, incidents, announced maintenance)
/// into empty tables. Incidents and maintenance are placed relative to now so the 90-day bar shows them. The demo uses
/// <c>seed/</c>; <c>bench/StatusPage</c> writes its own, larger file in the same format.</summary>
internal sealed class StatusDemoData(StatusPageDbContext db, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        if (await db.Products.AnyAsync(cancellationToken)) return;
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
            var start = i.MinutesAgo is { } minutesAgo ? now.AddMinutes(-minutesAgo) : now.AddDays(-(i.DaysAgo ?? 0));
            DateTimeOffset? end = i.DurationMinutes is { } duration ? start.AddMinutes(duration) : null;
            var status = end is null ? Enum.Parse<IncidentUpdateStatus>(i.Updates[^1].Status) : IncidentUpdateStatus.Resolved;
            var incident = new StatusIncident { Id = Guid.CreateVersion7(start), Title = i.Title, StartedAt = start, Status = status, ResolvedAt = end };
            foreach (var name in i.Components ?? [i.Component!])
                incident.Impacts.Add(new IncidentImpact { Id = Guid.CreateVersion7(start), IncidentId = incident.Id, ComponentId = components[name], Level = Enum.Parse<ImpactLevel>(i.Level), Start = start, End = end });
            foreach (var u in i.Updates)
                incident.Updates.Add(new IncidentUpdate { Id = Guid.CreateVersion7(start), IncidentId = incident.Id, At = start.AddMinutes(u.Minutes), Status = Enum.Parse<IncidentUpdateStatus>(u.Status), Message = u.Message });
            db.Incidents.Add(incident);
        }
        foreach (var m in seed.Maintenance ?? [])
        {
            var start = now.AddDays(m.InDays);
            db.Maintenance.Add(new PlannedMaintenance
            {
                Id = Guid.CreateVersion7(now), Title = m.Title, Description = m.Description, ScheduledStart = start,
                ScheduledEnd = start.AddMinutes(m.DurationMinutes), AnnouncedAt = now, CreatedAt = now,
                Components = [.. m.Components.Select(name => new MaintenanceComponent { ComponentId = components[name] })],
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record SeedFile(List<SeedProduct> Products, List<SeedIncident> Incidents, List<SeedMaintenance>? Maintenance);
    private sealed record SeedProduct(string Slug, string Name, string? Description, List<SeedComponent> Components);
    private sealed record SeedComponent(string Name, string? Group);
    /// <summary>Starts <c>daysAgo</c> days or <c>minutesAgo</c> minutes before now; no <c>durationMinutes</c>: still open,
    /// in its last update's status. One <c>component</c> or several <c>components</c>, all at <c>level</c>.</summary>
    private sealed record SeedIncident(string Title, int? DaysAgo, int? MinutesAgo, int? DurationMinutes, string? Component,
        List<string>? Components, string Level, List<SeedUpdate> Updates);
    private sealed record SeedMaintenance(string Title, string Description, int InDays, int DurationMinutes, List<string> Components);
    private sealed record SeedUpdate(string Status, int Minutes, string Message);
}
