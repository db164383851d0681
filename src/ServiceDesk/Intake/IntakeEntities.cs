using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace ServiceDesk.Intake;

internal enum IntakeOutcome
{
    NewIncident = 0,
    MessageAdded = 1,
    Review = 2,
    Ignored = 3,
}

/// <summary>
/// The claim on one mail of the service team's mailbox, by (mailbox, UIDVALIDITY, UID). Written in the same transaction as
/// what the mail became; the unique index lets one node win when several import the same inbox (ADR 0008).
/// </summary>
internal sealed class ImportedMail
{
    public Guid Id { get; set; }
    public required string Mailbox { get; set; }
    public long UidValidity { get; set; }
    public long Uid { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public IntakeOutcome Outcome { get; set; }

    /// <summary>Why, in English, without addresses (for the log and operations).</summary>
    public string? Note { get; set; }

    public Guid? IncidentId { get; set; }
}

internal enum ReviewReason
{
    UnknownSender = 0,
    TooLarge = 1,
    Unreadable = 2,
}

/// <summary>A mail waiting in the "Onbekende afzender" list: an agent attaches it to a tenant (a new incident) or discards it.
/// Only plain text is kept (HTML is converted), with the attachments that pass <see cref="Incidents.AttachmentRules"/>.</summary>
internal sealed class ReviewMail
{
    public Guid Id { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public ReviewReason Reason { get; set; }
    public required string FromAddress { get; set; }
    public string? FromName { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }

    /// <summary>What was left out (attachments refused, text cut), in Dutch, for the agent.</summary>
    public string? Remarks { get; set; }

    public List<ReviewMailAttachment> Attachments { get; set; } = [];
}

internal sealed class ReviewMailAttachment
{
    public Guid Id { get; set; }
    public Guid ReviewMailId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class ImportedMailConfiguration : IEntityTypeConfiguration<ImportedMail>
{
    public void Configure(EntityTypeBuilder<ImportedMail> b)
    {
        b.ToTable("imported_mails");
        b.IsGlobal("a mail is claimed before its tenant is known (unknown senders have none)");
        b.HasKey(m => m.Id);
        b.Property(m => m.Mailbox).HasMaxLength(300);
        b.Property(m => m.Note).HasMaxLength(300);
        b.HasIndex(m => new { m.Mailbox, m.UidValidity, m.Uid }).IsUnique();
    }
}

internal sealed class ReviewMailConfiguration : IEntityTypeConfiguration<ReviewMail>
{
    public void Configure(EntityTypeBuilder<ReviewMail> b)
    {
        b.ToTable("review_mails");
        b.IsGlobal("mail from unknown senders belongs to no tenant until an agent attaches it");
        b.HasKey(m => m.Id);
        b.Property(m => m.FromAddress).HasMaxLength(254);
        b.Property(m => m.FromName).HasMaxLength(200);
        b.Property(m => m.Subject).HasMaxLength(200);
        b.Property(m => m.Body).HasMaxLength(10_000);
        b.Property(m => m.Remarks).HasMaxLength(2000);
        b.HasIndex(m => m.ReceivedAt);
        b.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.ReviewMailId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewMailAttachmentConfiguration : IEntityTypeConfiguration<ReviewMailAttachment>
{
    public void Configure(EntityTypeBuilder<ReviewMailAttachment> b)
    {
        b.ToTable("review_mail_attachments");
        b.IsGlobal("belongs to a review mail, which has no tenant");
        b.HasKey(a => a.Id);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
    }
}
