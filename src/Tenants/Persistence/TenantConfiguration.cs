using Platform.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using Tenants.Directory;
using Tenants.Onboarding;

namespace Tenants.Persistence;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.ToTable("tenants");
        b.IsGlobal("The tenant registry itself: one row per local government.");
        b.HasKey(t => t.Id);
        b.Property(t => t.Slug).HasMaxLength(63);
        b.HasIndex(t => t.Slug).IsUnique();
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Kbo).HasMaxLength(10).IsFixedLength();
        b.HasIndex(t => t.Kbo).IsUnique();
        b.Property(t => t.NisCode).HasMaxLength(5);
        b.Property(t => t.InvoiceReference).HasMaxLength(TenantInvoiceReference.MaxLength);
        b.ComplexProperty(t => t.Address, a =>
        {
            a.Property(x => x.Street).HasColumnName("address_street").HasMaxLength(200);
            a.Property(x => x.PostalCode).HasColumnName("address_postal_code").HasMaxLength(4);
            a.Property(x => x.City).HasColumnName("address_city").HasMaxLength(100);
        });
        b.Ignore(t => t.GoLive);
        b.HasMany(t => t.Inhabitants).WithOne().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InhabitantCountConfiguration : IEntityTypeConfiguration<InhabitantCount>
{
    public void Configure(EntityTypeBuilder<InhabitantCount> b)
    {
        b.ToTable("inhabitant_counts");
        b.IsGlobal("Part of the tenant registry; read by billing for every tenant.");
        b.HasKey(i => new { i.TenantId, i.Year });
        b.Property(i => i.Source).HasMaxLength(200);
    }
}

internal sealed class PreviousSlugConfiguration : IEntityTypeConfiguration<PreviousSlug>
{
    public void Configure(EntityTypeBuilder<PreviousSlug> b)
    {
        b.ToTable("previous_slugs");
        b.IsGlobal("Part of the tenant registry: resolves old addresses before any tenant is known.");
        b.HasKey(p => p.Slug);
        b.Property(p => p.Slug).HasMaxLength(63);
        b.HasIndex(p => p.TenantId);
    }
}
