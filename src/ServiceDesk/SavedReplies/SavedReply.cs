using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace ServiceDesk.SavedReplies;

/// <summary>A Dutch reply template of the desk, with placeholders such as <c>{nummer}</c> filled in when an agent picks it.</summary>
internal sealed class SavedReply
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

internal sealed class SavedReplyConfiguration : IEntityTypeConfiguration<SavedReply>
{
    public const int NameLength = 100;
    public const int BodyLength = 10_000;

    public void Configure(EntityTypeBuilder<SavedReply> b)
    {
        b.ToTable("saved_replies");
        b.IsGlobal("The desk's agents serve every tenant with the same reply templates.");
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(NameLength);
        b.Property(r => r.Body).HasMaxLength(BodyLength);
        b.Property(r => r.UpdatedBy).HasMaxLength(200);
        b.HasIndex(r => r.Name).IsUnique();
    }
}
