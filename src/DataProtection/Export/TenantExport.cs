using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataProtection.Export;

internal enum ExportStatus { Queued, Running, Ready, Failed, Expired }

/// <summary>One archive of a tenant's data (charter 12.2 "terugbezorgen"), built by <see cref="TenantExportJob"/>.</summary>
internal sealed class TenantExport : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? RequestedBy { get; set; }
    public ExportStatus Status { get; set; }
    /// <summary>Modules written so far, of <see cref="Total"/>: the progress on the page.</summary>
    public int Done { get; set; }
    public int Total { get; set; }
    public string? Step { get; set; }
    public string? FileName { get; set; }
    public long? Bytes { get; set; }
    public string? Sha256 { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    /// <summary>Changed by every claim: a second node that tries to claim the same export fails on it.</summary>
    public Guid Claim { get; set; }

    public int Percent => Total == 0 ? 0 : Done * 100 / Total;
}

/// <summary>Each download of an archive: who and when (the download is audited).</summary>
internal sealed class ExportDownload : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ExportId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string Role { get; set; }
}

internal sealed class TenantExportConfiguration : IEntityTypeConfiguration<TenantExport>
{
    public void Configure(EntityTypeBuilder<TenantExport> b)
    {
        b.ToTable("dp_exports");
        b.HasKey(e => e.Id);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Step).HasMaxLength(100);
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.Property(e => e.Claim).IsConcurrencyToken();
        b.Ignore(e => e.Percent);
        b.HasIndex(e => e.Status);
    }
}

internal sealed class ExportDownloadConfiguration : IEntityTypeConfiguration<ExportDownload>
{
    public void Configure(EntityTypeBuilder<ExportDownload> b)
    {
        b.ToTable("dp_export_downloads");
        b.HasKey(d => d.Id);
        b.Property(d => d.Role).HasMaxLength(40);
        b.HasIndex(d => d.ExportId);
    }
}
