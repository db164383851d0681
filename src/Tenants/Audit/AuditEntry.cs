using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Tenancy;

namespace Tenants.Audit;

/// <summary>One change to a tenant's configuration or record: who, when, what. Append-only.</summary>
internal sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Details { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.HasKey(a => a.Id);
        b.Property(a => a.Actor).HasMaxLength(254);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.Details).HasMaxLength(4000);
        b.HasIndex(a => new { a.TenantId, a.At });
    }
}
