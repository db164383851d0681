using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;

namespace StatusPage.Persistence;

internal sealed class StatusIncidentConfiguration : IEntityTypeConfiguration<StatusIncident>
{
    public void Configure(EntityTypeBuilder<StatusIncident> b)
    {
        b.ToTable("status_incidents");
        b.IsGlobal("Status incidents are public announcements about the shared platform, not a tenant's service-desk tickets.");
        b.HasKey(i => i.Id);
        b.Property(i => i.Title).HasMaxLength(200);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(i => i.StartedAt);
        b.HasIndex(i => i.ResolvedAt);
        b.Ignore(i => i.IsOpen);
        b.Property(i => i.ReportCause).HasMaxLength(4000);
        b.Property(i => i.ReportImpact).HasMaxLength(4000);
        b.Property(i => i.ReportMeasures).HasMaxLength(4000);
        b.HasMany(i => i.Updates).WithOne().HasForeignKey(u => u.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Impacts).WithOne().HasForeignKey(u => u.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncidentUpdateConfiguration : IEntityTypeConfiguration<IncidentUpdate>
{
    public void Configure(EntityTypeBuilder<IncidentUpdate> b)
    {
        b.ToTable("status_incident_updates");
        b.IsGlobal("Part of a platform-wide status incident.");
        b.HasKey(u => u.Id);
        b.Property(u => u.Status).HasConversion<string>().HasMaxLength(40);
        b.Property(u => u.Message).HasMaxLength(4000);
    }
}

internal sealed class IncidentImpactConfiguration : IEntityTypeConfiguration<IncidentImpact>
{
    public void Configure(EntityTypeBuilder<IncidentImpact> b)
    {
        b.ToTable("status_incident_impacts");
        b.IsGlobal("Part of a platform-wide status incident.");
        b.HasKey(i => i.Id);
        b.Property(i => i.Level).HasConversion<string>().HasMaxLength(40);
        b.HasOne<Component>().WithMany().HasForeignKey(i => i.ComponentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.ComponentId, i.Start });
    }
}

internal sealed class PlannedMaintenanceConfiguration : IEntityTypeConfiguration<PlannedMaintenance>
{
    public void Configure(EntityTypeBuilder<PlannedMaintenance> b)
    {
        b.ToTable("status_maintenance");
        b.IsGlobal("Maintenance of the shared platform, announced publicly.");
        b.HasKey(m => m.Id);
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Description).HasMaxLength(4000);
        b.HasIndex(m => m.ScheduledStart);
        b.Ignore(m => m.Start);
        b.Ignore(m => m.End);
        b.HasMany(m => m.Components).WithOne().HasForeignKey(c => c.MaintenanceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MaintenanceComponentConfiguration : IEntityTypeConfiguration<MaintenanceComponent>
{
    public void Configure(EntityTypeBuilder<MaintenanceComponent> b)
    {
        b.ToTable("status_maintenance_components");
        b.IsGlobal("Part of platform-wide maintenance.");
        b.HasKey(m => new { m.MaintenanceId, m.ComponentId });
        b.HasOne<Component>().WithMany().HasForeignKey(m => m.ComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncidentTemplateConfiguration : IEntityTypeConfiguration<IncidentTemplate>
{
    public void Configure(EntityTypeBuilder<IncidentTemplate> b)
    {
        b.ToTable("status_incident_templates");
        b.IsGlobal("Templates for platform-wide status incidents, kept by agents.");
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(100);
        b.HasIndex(t => t.Name).IsUnique();
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Level).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.ComponentIds).HasMaxLength(4000);
        b.Property(t => t.Message).HasMaxLength(4000);
        b.Ignore(t => t.Components);
    }
}
