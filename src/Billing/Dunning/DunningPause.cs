using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Dunning;

internal enum PauseKind { Hold, Dispute }

/// <summary>An invoice put on hold or in dispute by finance: no reminders (nor a friendly notice) while it lasts.
/// Ended with a note, never deleted, so the timeline keeps it.</summary>
internal sealed class DunningPause
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InvoiceId { get; set; }
    public PauseKind Kind { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public Guid? StartedBy { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? EndedBy { get; set; }
    public string? EndNote { get; set; }

    public bool Active => EndedAt is null;
}

internal static class PauseTexts
{
    public static string ToDutch(this PauseKind kind) => kind == PauseKind.Dispute ? "Betwist" : "On hold";

    public static string ApiName(this PauseKind kind) => kind == PauseKind.Dispute ? "dispute" : "hold";
}

internal sealed class DunningPauseConfiguration : IEntityTypeConfiguration<DunningPause>
{
    public void Configure(EntityTypeBuilder<DunningPause> b)
    {
        b.ToTable("dunning_pauses");
        b.IsGlobal("Finance's holds and disputes across tenants, read by the reminder job; keyed by invoice.");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.InvoiceId);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Reason).HasMaxLength(1000);
        b.Property(p => p.EndNote).HasMaxLength(1000);
    }
}
