using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using StatusPage.Checks;
using StatusPage.Catalog;

namespace StatusPage.Persistence;

internal sealed class HealthCheckConfiguration : IEntityTypeConfiguration<HealthCheck>
{
    public void Configure(EntityTypeBuilder<HealthCheck> b)
    {
        b.ToTable("status_health_checks");
        b.IsGlobal("Health checks watch shared platform components, the same for all tenants.");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Target).HasMaxLength(2000);
        b.Property(c => c.Method).HasMaxLength(10);
        b.Property(c => c.BodyContains).HasMaxLength(200);
        b.Property(c => c.ExpectedAddress).HasMaxLength(64);
        b.Property(c => c.LastOutcome).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.LastMessage).HasMaxLength(500);
        b.HasIndex(c => new { c.Enabled, c.NextDueAt });
        b.HasIndex(c => c.ComponentId);
        b.HasOne<Component>().WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.Alarm);
        b.Ignore(c => c.Recovered);
    }
}

internal sealed class HealthCheckResultConfiguration : IEntityTypeConfiguration<HealthCheckResult>
{
    public void Configure(EntityTypeBuilder<HealthCheckResult> b)
    {
        b.ToTable("status_health_check_results");
        b.IsGlobal("Raw results of a platform-wide health check.");
        b.HasKey(r => r.Id);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Message).HasMaxLength(500);
        b.HasIndex(r => new { r.CheckId, r.At });
        b.HasIndex(r => r.At);
        b.HasOne<HealthCheck>().WithMany().HasForeignKey(r => r.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HealthCheckRollupConfiguration : IEntityTypeConfiguration<HealthCheckRollup>
{
    public void Configure(EntityTypeBuilder<HealthCheckRollup> b)
    {
        b.ToTable("status_health_check_rollups");
        b.IsGlobal("Hourly roll-ups of a platform-wide health check.");
        b.HasKey(r => new { r.CheckId, r.Hour });
        b.HasIndex(r => r.Hour);
        b.HasOne<HealthCheck>().WithMany().HasForeignKey(r => r.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AutomaticIncidentConfiguration : IEntityTypeConfiguration<AutomaticIncident>
{
    public void Configure(EntityTypeBuilder<AutomaticIncident> b)
    {
        b.ToTable("status_automatic_incidents");
        b.IsGlobal("The automation's outage records of shared platform components.");
        b.HasKey(a => a.Id);
        b.Property(a => a.Level).HasConversion<string>().HasMaxLength(40);
        b.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Summary).HasMaxLength(1000);
        // NULLs are distinct in a unique index on SQLite and PostgreSQL: one active record per component, any number closed.
        b.HasIndex(a => new { a.ComponentId, a.Active }).IsUnique();
        b.HasOne<Component>().WithMany().HasForeignKey(a => a.ComponentId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(a => a.IsActive);
    }
}
