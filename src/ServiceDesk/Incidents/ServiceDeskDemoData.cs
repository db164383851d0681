using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Seeding;
using ServiceDesk.Persistence;

namespace ServiceDesk.Incidents;

/// <summary>A few demo incidents from <c>seed/servicedesk.json</c>, reported relative to now, when there are none yet.</summary>
internal sealed class ServiceDeskDemoData(ServiceDeskDbContext db, ITenantStore tenants, ITenantScopeFactory scopes, IncidentNumbers numbers, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 40;

    public async Task SeedAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(seedFolder, "servicedesk.json");
        if (!File.Exists(file) || await AcrossTenants.Incidents(db).AnyAsync(cancellationToken)) return;
        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException("seed/servicedesk.json is empty.");
        var now = clock.GetUtcNow();
        var agent = new Actor(null, "Sander Servicedesk", null, IsStaff: true, IsTenantAdmin: false, TenantId: null);
        foreach (var s in seed.Incidents)
        {
            var tenant = await tenants.FindByIdentifierAsync(s.Tenant, cancellationToken);
            if (tenant is null) continue;
            var reported = now.AddHours(-s.HoursAgo);
            var reporter = new Actor(null, s.ReporterName, s.ReporterEmail, false, false, tenant.Id);
            var incident = new Incident
            {
                Id = Guid.CreateVersion7(reported), TenantId = tenant.Id, Number = await numbers.NextAsync(reported, cancellationToken), Title = s.Title, Description = s.Description,
                Urgency = s.Urgency, Impact = s.Impact, Priority = PriorityMatrix.For(s.Urgency, s.Impact),
                AffectedFeature = s.AffectedFeature, Status = IncidentStatus.New, Channel = IncidentChannel.Portal,
                ReportedAt = reported, RecordedAt = reported, ReporterName = s.ReporterName, ReporterEmail = s.ReporterEmail,
            };
            incident.Events.Add(IncidentService.Event(incident, reporter, reported, IncidentEventKind.Created, IncidentStatus.New, null, incident.Priority.ToString(), null));
            var at = reported;
            foreach (var name in s.Statuses)
            {
                var status = Enum.Parse<IncidentStatus>(name);
                at = at.AddMinutes((now - reported).TotalMinutes / (s.Statuses.Count + 2));
                if (s.PublicReply is not null && status is IncidentStatus.InProgress or IncidentStatus.Resolved && incident.AnsweredAt is null)
                {
                    incident.Events.Add(IncidentService.Event(incident, agent, at, IncidentEventKind.PublicReply, null, null, null, s.PublicReply));
                    incident.AnsweredAt = at;
                }
                incident.Events.Add(IncidentService.Event(incident, agent, at, IncidentEventKind.StatusChanged, status, incident.Status.ToDutch(), status.ToDutch(), null));
                incident.Status = status;
            }
            await using var scope = await scopes.BeginAsync(tenant.Id, cancellationToken);
            var tenantDb = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            tenantDb.Incidents.Add(incident);
            await tenantDb.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed record SeedFile(List<SeedIncident> Incidents);

    private sealed record SeedIncident(string Tenant, string Title, string Description, int Urgency, int Impact, string? AffectedFeature,
        string ReporterName, string? ReporterEmail, double HoursAgo, List<string> Statuses, string? PublicReply);
}
