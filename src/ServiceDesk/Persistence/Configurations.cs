using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;
using ServiceDesk.Calendar;
using ServiceDesk.Mails;
using ServiceDesk.Reporters;
using ServiceDesk.Warnings;

namespace ServiceDesk.Persistence;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.ToTable("incidents");
        b.HasKey(i => i.Id);
        b.Property(i => i.Title).HasMaxLength(200);
        b.Property(i => i.Description).HasMaxLength(10_000);
        b.Property(i => i.PriorityOverrideReason).HasMaxLength(1000);
        b.Property(i => i.AffectedFeature).HasMaxLength(100);
        b.Property(i => i.ReporterName).HasMaxLength(200);
        b.Property(i => i.ReporterEmail).HasMaxLength(254);
        b.Property(i => i.AssigneeName).HasMaxLength(200);
        b.Property(i => i.Number).HasMaxLength(20);
        // The per-year series makes numbers unique across tenants; the database guards it per tenant (as every unique index).
        b.HasIndex(i => new { i.TenantId, i.Number }).IsUnique();
        b.HasIndex(i => i.Number);
        b.HasIndex(i => new { i.TenantId, i.ReportedAt });
        // The monthly report reads the month's incidents from this index alone (no table reads).
        b.HasIndex(i => new { i.TenantId, i.ReportedAt, i.Id, i.Number, i.Priority, i.AnsweredAt, i.Title }).HasDatabaseName("IX_incidents_report");
        b.HasIndex(i => i.Status);
        b.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEvent>
{
    public void Configure(EntityTypeBuilder<IncidentEvent> b)
    {
        b.ToTable("incident_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.From).HasMaxLength(200);
        b.Property(e => e.To).HasMaxLength(200);
        b.Property(e => e.Text).HasMaxLength(10_000);
        b.Ignore(e => e.VisibleToReporter);
        b.HasIndex(e => new { e.IncidentId, e.At });
        // Covers the monthly report's status-change query (join on the incident, filter on kind and tenant): no table reads.
        b.HasIndex(e => new { e.IncidentId, e.Kind, e.At, e.Status, e.TenantId }).HasDatabaseName("IX_incident_events_report");
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments");
        b.HasKey(a => a.Id);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.UploadedBy).HasMaxLength(200);
    }
}

internal sealed class ReporterSeatConfiguration : IEntityTypeConfiguration<ReporterSeat>
{
    public void Configure(EntityTypeBuilder<ReporterSeat> b)
    {
        b.ToTable("reporter_seats");
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.TenantId, s.Seat }).IsUnique();
        b.HasIndex(s => new { s.TenantId, s.UserId }).IsUnique();
        b.Property(s => s.PendingEmail).HasMaxLength(254);
        b.ToTable(t => t.HasCheckConstraint("ck_reporter_seats_seat", "\"Seat\" BETWEEN 1 AND 3"));
    }
}

internal sealed class ClosingDayConfiguration : IEntityTypeConfiguration<ClosingDay>
{
    public void Configure(EntityTypeBuilder<ClosingDay> b)
    {
        b.ToTable("closing_days");
        b.IsGlobal("The service desk's own closing days apply to every tenant's clocks.");
        b.HasKey(d => d.Date);
        b.Property(d => d.Reason).HasMaxLength(200);
        b.Property(d => d.AddedBy).HasMaxLength(200);
    }
}

internal sealed class ClockPolicyConfiguration : IEntityTypeConfiguration<ClockPolicyRecord>
{
    public void Configure(EntityTypeBuilder<ClockPolicyRecord> b)
    {
        b.ToTable("clock_policies");
        b.IsGlobal("The contract's clock policy is the same for every tenant.");
        b.HasKey(p => p.Name);
        b.Property(p => p.Name).HasMaxLength(50);
        b.Property(p => p.PausingStatuses).HasMaxLength(200);
        b.HasData(new ClockPolicyRecord
        {
            Name = ClockPolicyRecord.ContractName,
            P1ResponseMinutes = 2 * 60, P1ResolutionMinutes = 8 * 60,
            P2ResponseMinutes = 4 * 60, P2ResolutionMinutes = 40 * 60,
            P3ResponseMinutes = 8 * 60, P3ResolutionMinutes = 160 * 60,
            P4ResponseMinutes = 8 * 60, P4ResolutionMinutes = 240 * 60,
            PausingStatuses = "",
        });
    }
}

internal sealed class SlaWarningConfiguration : IEntityTypeConfiguration<SlaWarning>
{
    public void Configure(EntityTypeBuilder<SlaWarning> b)
    {
        b.ToTable("sla_warnings");
        b.IsGlobal("Send-once log of the cross-tenant warning job; ids only, no personal data.");
        b.HasKey(w => w.Id);
        b.HasIndex(w => new { w.IncidentId, w.Clock, w.Kind }).IsUnique();
    }
}

internal sealed class IncidentMailConfiguration : IEntityTypeConfiguration<IncidentMail>
{
    public void Configure(EntityTypeBuilder<IncidentMail> b)
    {
        b.ToTable("incident_mails");
        b.HasKey(m => m.Id);
        b.Property(m => m.Key).HasMaxLength(100);
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(20_000);
        b.Property(m => m.MessageId).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(500);
        b.Property(m => m.ClaimToken).IsConcurrencyToken();
        b.Ignore(m => m.IsAnswer);
        b.HasIndex(m => new { m.TenantId, m.IncidentId, m.Key }).IsUnique();
        b.HasIndex(m => m.DeliveredAt);
        b.HasOne<Incident>().WithMany().HasForeignKey(m => m.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncidentNumberSeriesConfiguration : IEntityTypeConfiguration<IncidentNumberSeries>
{
    public void Configure(EntityTypeBuilder<IncidentNumberSeries> b)
    {
        b.ToTable("incident_number_series");
        b.IsGlobal("Incident numbers are unique across tenants; a counter per year, no personal data.");
        b.HasKey(s => s.Year);
        b.Property(s => s.Year).ValueGeneratedNever();
        b.Property(s => s.Last).IsConcurrencyToken();
    }
}
