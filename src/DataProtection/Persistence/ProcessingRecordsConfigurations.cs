using DataProtection.AccessLog;
using DataProtection.Assignments;
using DataProtection.SubjectRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataProtection.Persistence;

internal sealed class ProcessingAssignmentConfiguration : IEntityTypeConfiguration<ProcessingAssignment>
{
    public void Configure(EntityTypeBuilder<ProcessingAssignment> b)
    {
        b.ToTable("dp_assignments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ReturnReason).HasMaxLength(2000);
        // One number per version and tenant, also when two submissions race.
        b.HasIndex(a => new { a.TenantId, a.Version }).IsUnique();
        b.HasMany(a => a.Components).WithOne().HasForeignKey(c => c.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssignmentComponentConfiguration : IEntityTypeConfiguration<AssignmentComponent>
{
    public void Configure(EntityTypeBuilder<AssignmentComponent> b)
    {
        b.ToTable("dp_assignment_components");
        b.HasKey(c => c.Id);
        b.Property(c => c.Component).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Categories).HasMaxLength(4000);
        b.Property(c => c.DataSubjects).HasMaxLength(500);
        b.Property(c => c.Subject).HasMaxLength(1000);
        b.Property(c => c.Purpose).HasMaxLength(1000);
        b.HasIndex(c => c.AssignmentId);
    }
}

internal sealed class SubjectRequestConfiguration : IEntityTypeConfiguration<SubjectRequest>
{
    public void Configure(EntityTypeBuilder<SubjectRequest> b)
    {
        b.ToTable("dp_subject_requests");
        b.HasKey(r => r.Id);
        b.Property(r => r.Reference).HasMaxLength(40);
        b.HasIndex(r => new { r.TenantId, r.Reference }).IsUnique(); // with the tenant: a clash must not reveal another tenant's request
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Description).HasMaxLength(1000);
        b.Property(r => r.Recipients).HasMaxLength(2000);
        b.Property(r => r.MailSubject).HasMaxLength(300);
        b.Property(r => r.MailBody).HasMaxLength(20000);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.HasIndex(r => new { r.TenantId, r.ReceivedAt });
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable("dp_access_log");
        b.HasKey(e => e.Id);
        b.Property(e => e.Role).HasMaxLength(30);
        b.Property(e => e.Kind).HasMaxLength(40);
        b.Property(e => e.RecordId).HasMaxLength(100);
        b.Property(e => e.Resource).HasMaxLength(300);
        b.HasIndex(e => new { e.TenantId, e.At });
    }
}
