using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using StatusPage.Auditing;
using StatusPage.Catalog;

namespace StatusPage.Persistence;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("status_products");
        b.IsGlobal("The public status page describes the platform's products for every tenant and for the public.");
        b.HasKey(p => p.Id);
        b.Property(p => p.Slug).HasMaxLength(80);
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.Description).HasMaxLength(500);
        b.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> b)
    {
        b.ToTable("status_components");
        b.IsGlobal("Components are shared platform infrastructure, the same for all tenants.");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.Group).HasMaxLength(120);
        b.Property(c => c.ManualStatus).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.FeatureKeys).HasMaxLength(400).HasDefaultValue("");
        b.Ignore(c => c.Features);
        b.Property(c => c.AutomaticIncidents).HasConversion<string>().HasMaxLength(10).HasDefaultValue(Checks.AutomaticIncidentMode.Draft);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("status_audit");
        b.IsGlobal("Audit of platform-wide status page changes made by staff.");
        b.HasKey(a => a.Id);
        b.Property(a => a.Action).HasMaxLength(80);
        b.Property(a => a.Details).HasMaxLength(4000);
        b.HasIndex(a => a.At);
        b.HasIndex(a => a.EntityId);
    }
}
