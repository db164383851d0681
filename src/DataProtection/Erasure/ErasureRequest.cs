using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataProtection.Erasure;

/// <summary>Charter 12.2: the tenant's choice after the contract ended.</summary>
internal enum ErasureChoice
{
    /// <summary>"Terugbezorgen en verwijderen": an export is made first, then everything is erased.</summary>
    ReturnThenDelete,
    /// <summary>"Verwijderen".</summary>
    Delete,
}

internal enum ErasureStatus { Scheduled, Cancelled, Running, Done }

/// <summary>A confirmed erasure of a tenant's personal data, waiting for its date, then executed once by <see cref="ErasureJob"/>.</summary>
internal sealed class ErasureRequest : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public ErasureChoice Choice { get; set; }
    public ErasureStatus Status { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
    public Guid? ConfirmedBy { get; set; }
    public DateTimeOffset ScheduledFor { get; set; }
    public Guid? ExportId { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? CancelledBy { get; set; }
    public DateTimeOffset? ExecutedAt { get; set; }
    /// <summary>What was erased and kept, as JSON (categories and counts only, no personal data).</summary>
    public string? Summary { get; set; }
    /// <summary>The deletion certificate (names the tenant, not its people).</summary>
    public byte[]? Certificate { get; set; }
    public int CertificateRecipients { get; set; }
    public Guid Claim { get; set; }
}

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> b)
    {
        b.ToTable("dp_erasures");
        b.HasKey(e => e.Id);
        b.Property(e => e.Choice).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Summary).HasMaxLength(20000);
        b.Property(e => e.Claim).IsConcurrencyToken();
        b.HasIndex(e => new { e.Status, e.ScheduledFor });
    }
}
