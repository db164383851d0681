using StatusPage.Domain;
using StatusPage.Persistence;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;

namespace StatusPage.Seeding;

/// <summary>
/// The benchmark's data set (<c>Benchmark:StatusPageData=true</c>, instead of the demo seed): 3 products × 10
/// components tracked for 120 days, 1 000 resolved incidents spread over the last year (about a quarter inside
/// the 90-day bars), one open incident and one announced maintenance window. Deterministic (fixed random seed).
/// </summary>
internal static class BenchmarkStatusData
{
    public static async Task SeedAsync(StatusPageDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(2026);
        var components = new List<Component>();
        for (var p = 0; p < 3; p++)
        {
            var product = new Product { Id = Guid.NewGuid(), Slug = $"product-{p + 1}", Name = $"Product {p + 1}", SortOrder = p, CreatedAt = now };
            for (var c = 0; c < 10; c++)
                product.Components.Add(new Component
                {
                    Id = Guid.NewGuid(), ProductId = product.Id, Name = $"Onderdeel {c + 1} van product {p + 1}", Group = c < 5 ? "App" : "Diensten",
                    SortOrder = c, TrackedSince = now.AddDays(-120),
                });
            components.AddRange(product.Components);
            db.Products.Add(product);
        }
        for (var i = 0; i < 1000; i++)
        {
            var start = now.AddMinutes(-random.Next(60, 365 * 24 * 60));
            var end = start.AddMinutes(random.Next(5, 240));
            var incident = new StatusIncident { Id = Guid.NewGuid(), Title = $"Storing {i + 1}", Status = IncidentUpdateStatus.Resolved, StartedAt = start, ResolvedAt = end };
            foreach (var component in components.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
                incident.Impacts.Add(new IncidentImpact { Id = Guid.NewGuid(), IncidentId = incident.Id, ComponentId = component.Id, Level = (ImpactLevel)random.Next(0, 3), Start = start, End = end });
            incident.Updates.Add(new IncidentUpdate { Id = Guid.NewGuid(), IncidentId = incident.Id, At = start, Status = IncidentUpdateStatus.Investigating, Message = "We onderzoeken een storing." });
            incident.Updates.Add(new IncidentUpdate { Id = Guid.NewGuid(), IncidentId = incident.Id, At = start.AddMinutes(3), Status = IncidentUpdateStatus.Identified, Message = "De oorzaak is gevonden." });
            incident.Updates.Add(new IncidentUpdate { Id = Guid.NewGuid(), IncidentId = incident.Id, At = end, Status = IncidentUpdateStatus.Resolved, Message = "Opgelost." });
            db.Incidents.Add(incident);
        }
        var open = new StatusIncident { Id = Guid.NewGuid(), Title = "Vertraagde pushberichten", Status = IncidentUpdateStatus.Identified, StartedAt = now.AddMinutes(-20) };
        open.Impacts.Add(new IncidentImpact { Id = Guid.NewGuid(), IncidentId = open.Id, ComponentId = components[2].Id, Level = ImpactLevel.DegradedPerformance, Start = open.StartedAt });
        open.Updates.Add(new IncidentUpdate { Id = Guid.NewGuid(), IncidentId = open.Id, At = open.StartedAt, Status = IncidentUpdateStatus.Identified, Message = "Pushberichten komen tot 10 minuten later aan." });
        db.Incidents.Add(open);
        db.Maintenance.Add(new PlannedMaintenance
        {
            Id = Guid.NewGuid(), Title = "Database-upgrade", Description = "Korte onderbreking van de app-configuratie-API.",
            ScheduledStart = now.AddDays(3), ScheduledEnd = now.AddDays(3).AddHours(1), AnnouncedAt = now, CreatedAt = now,
            Components = [new MaintenanceComponent { ComponentId = components[1].Id }],
        });
        await db.SaveChangesAsync(ct);
    }
}
