using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using Tenants.Domain.Features;

namespace Tenants.Catalogue;

/// <summary>The platform's current offer of one feature. No row = available.</summary>
internal sealed class FeatureAvailabilityState
{
    public required string Key { get; set; }
    public FeatureAvailability Availability { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}

/// <summary>Each availability change by a platform admin: the platform-level audit trail.</summary>
internal sealed class FeatureAvailabilityChange
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public FeatureAvailability From { get; set; }
    public FeatureAvailability To { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
}

/// <summary>A tenant was told about a change; the unique key makes "notify once" hold across retries and nodes.</summary>
internal sealed class FeatureNotice
{
    public Guid Id { get; set; }
    public Guid ChangeId { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public int Recipients { get; set; }
}

internal sealed class FeatureAvailabilityStateConfiguration : IEntityTypeConfiguration<FeatureAvailabilityState>
{
    public void Configure(EntityTypeBuilder<FeatureAvailabilityState> b)
    {
        b.ToTable("feature_availability");
        b.IsGlobal("The platform's offer of a feature is the same for every tenant.");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(40);
        b.Property(s => s.Availability).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ChangedBy).HasMaxLength(254);
    }
}

internal sealed class FeatureAvailabilityChangeConfiguration : IEntityTypeConfiguration<FeatureAvailabilityChange>
{
    public void Configure(EntityTypeBuilder<FeatureAvailabilityChange> b)
    {
        b.ToTable("feature_availability_changes");
        b.IsGlobal("Platform-level audit of the feature offer, made by platform admins.");
        b.HasKey(c => c.Id);
        b.Property(c => c.Key).HasMaxLength(40);
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.By).HasMaxLength(254);
    }
}

internal sealed class FeatureNoticeConfiguration : IEntityTypeConfiguration<FeatureNotice>
{
    public void Configure(EntityTypeBuilder<FeatureNotice> b)
    {
        b.ToTable("feature_notices");
        b.IsGlobal("Send-once log of platform notifications to tenants; holds ids only, written by platform admins.");
        b.HasKey(n => n.Id);
        b.HasIndex(n => new { n.ChangeId, n.TenantId }).IsUnique();
    }
}
