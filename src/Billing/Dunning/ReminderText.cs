using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Dunning;

/// <summary>Finance's own wording of one dunning step (0 = the friendly notice before the due date, 1.. = reminder steps);
/// no row means the built-in text.</summary>
internal sealed class ReminderText
{
    public int Step { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
}

/// <summary>Sent-log of the friendly notice before the due date: once per invoice, also with several nodes.</summary>
internal sealed class FriendlyNoticeSent
{
    public Guid InvoiceId { get; set; }
    public Guid TenantId { get; set; }
    public DateOnly SentOn { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public int Recipients { get; set; }
}

internal sealed class ReminderTextConfiguration : IEntityTypeConfiguration<ReminderText>
{
    public void Configure(EntityTypeBuilder<ReminderText> b)
    {
        b.ToTable("reminder_texts");
        b.IsGlobal("EV DV's wording of the reminders, the same for every tenant.");
        b.HasKey(t => t.Step);
        b.Property(t => t.Step).ValueGeneratedNever();
        b.Property(t => t.Subject).HasMaxLength(200);
        b.Property(t => t.Body).HasMaxLength(8000);
    }
}

internal sealed class FriendlyNoticeSentConfiguration : IEntityTypeConfiguration<FriendlyNoticeSent>
{
    public void Configure(EntityTypeBuilder<FriendlyNoticeSent> b)
    {
        b.ToTable("friendly_notices_sent");
        b.IsGlobal("Sent-log of the friendly-notice job across tenants; its key makes each notice once.");
        b.HasKey(n => n.InvoiceId);
        b.Property(n => n.InvoiceId).ValueGeneratedNever();
    }
}
