using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ServiceDesk.Reports;

internal enum ServiceReportMailingStatus
{
    /// <summary>Claimed (the row exists) but not delivered yet: being sent, or the last attempt failed and the next run retries.</summary>
    Pending = 0,
    Sent = 1,

    /// <summary>Not sent: the tenant has no service delivery manager and no SPOC (see <see cref="ServiceReportMailing.SkipReason"/>).</summary>
    Skipped = 2,
}

/// <summary>Sent-log of the monthly service report: one row per (tenant, month), inserted before the mail is sent. The unique
/// index makes a second node or a re-run find the row instead of mailing again; a node claims the row (concurrency token) for the
/// time of one send; a failure keeps the row pending with its error and attempt count, and the next run retries it.</summary>
internal sealed class ServiceReportMailing : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>The reported month, <c>yyyy-MM</c>.</summary>
    public required string Month { get; set; }

    public ServiceReportMailingStatus Status { get; set; }
    public string? RecipientName { get; set; }
    public string? RecipientEmail { get; set; }

    /// <summary>True for the service delivery manager, false when the SPOC stands in; null while unknown or skipped.</summary>
    public bool? ToServiceDeliveryManager { get; set; }

    public string? SkipReason { get; set; }
    public int Attempts { get; set; }

    /// <summary>The last failure in Dutch, without addresses.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Who asked for the last manual re-send (display name), when.</summary>
    public string? ResendRequestedBy { get; set; }
    public DateTimeOffset? ResendRequestedAt { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
    public Guid ClaimToken { get; set; }
}

internal sealed class ServiceReportMailingConfiguration : IEntityTypeConfiguration<ServiceReportMailing>
{
    public void Configure(EntityTypeBuilder<ServiceReportMailing> b)
    {
        b.ToTable("service_report_mailings");
        b.HasKey(m => m.Id);
        b.Property(m => m.Month).HasMaxLength(7);
        b.Property(m => m.RecipientName).HasMaxLength(200);
        b.Property(m => m.RecipientEmail).HasMaxLength(254);
        b.Property(m => m.SkipReason).HasMaxLength(300);
        b.Property(m => m.LastError).HasMaxLength(500);
        b.Property(m => m.ResendRequestedBy).HasMaxLength(200);
        b.Property(m => m.ClaimToken).IsConcurrencyToken();
        b.HasIndex(m => new { m.TenantId, m.Month }).IsUnique();
        b.HasIndex(m => m.Status);
    }
}
