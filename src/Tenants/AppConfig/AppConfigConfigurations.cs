using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tenants.AppConfig;

internal sealed class AppDraftConfiguration : IEntityTypeConfiguration<AppDraft>
{
    public void Configure(EntityTypeBuilder<AppDraft> b)
    {
        b.ToTable("app_drafts");
        b.HasKey(d => d.TenantId);
        b.Property(d => d.UpdatedBy).HasMaxLength(254);
    }
}

internal sealed class AppVersionConfiguration : IEntityTypeConfiguration<AppVersion>
{
    public void Configure(EntityTypeBuilder<AppVersion> b)
    {
        b.ToTable("app_versions");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.TenantId, v.Number }).IsUnique();
        b.Property(v => v.PublishedBy).HasMaxLength(254);
        b.Property(v => v.Note).HasMaxLength(500);
    }
}

internal sealed class StoredLogoConfiguration : IEntityTypeConfiguration<StoredLogo>
{
    public void Configure(EntityTypeBuilder<StoredLogo> b)
    {
        b.ToTable("logos");
        b.HasKey(l => l.Id);
        b.Property(l => l.Hash).HasMaxLength(64);
        b.Property(l => l.ContentType).HasMaxLength(40);
        b.HasIndex(l => new { l.TenantId, l.Hash }).IsUnique();
    }
}
