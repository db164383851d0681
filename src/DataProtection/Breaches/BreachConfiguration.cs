using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace DataProtection.Breaches;

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> b)
    {
        b.ToTable("dp_breaches");
        b.IsGlobal("One breach may affect several tenants; what each is told of its own data subjects is in the tenant-owned impacts.");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Nature).HasMaxLength(4000);
        b.Property(x => x.Consequences).HasMaxLength(4000);
        b.Property(x => x.MeasuresTaken).HasMaxLength(4000);
        b.Property(x => x.MeasuresProposed).HasMaxLength(4000);
        b.Property(x => x.LessonsLearned).HasMaxLength(4000);
    }
}

internal sealed class BreachImpactConfiguration : IEntityTypeConfiguration<BreachImpact>
{
    public void Configure(EntityTypeBuilder<BreachImpact> b)
    {
        b.ToTable("dp_breach_impacts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Categories).HasMaxLength(1000);
        b.Property(x => x.Recipients).HasMaxLength(2000);
        b.HasIndex(x => new { x.TenantId, x.BreachId }).IsUnique();
    }
}

internal sealed class BreachUpdateConfiguration : IEntityTypeConfiguration<BreachUpdate>
{
    public void Configure(EntityTypeBuilder<BreachUpdate> b)
    {
        b.ToTable("dp_breach_updates");
        b.IsGlobal("Follow-up of a breach, the same text for every affected tenant.");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasIndex(x => x.BreachId);
    }
}
