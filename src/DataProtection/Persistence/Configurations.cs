using DataProtection.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace DataProtection.Persistence;

internal sealed class SubProcessorConfiguration : IEntityTypeConfiguration<SubProcessor>
{
    /// <summary>Bijlage 2 of charter version 3.0 (28/01/2022).</summary>
    public static readonly Guid Cronos = Guid.Parse("0193a9f0-0000-7000-8000-000000000001");

    public void Configure(EntityTypeBuilder<SubProcessor> b)
    {
        b.ToTable("dp_sub_processors");
        b.IsGlobal("The charter's Bijlage 2 is one register for all tenants.");
        b.HasKey(s => s.Id);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Details).HasMaxLength(500);
        b.Property(s => s.Service).HasMaxLength(500);
        b.Property(s => s.Location).HasMaxLength(200);
        b.Property(s => s.TransferBasis).HasMaxLength(500);
        b.HasData(new SubProcessor
        {
            Id = Cronos, Name = "CRONOS PUBLIC SERVICES NV",
            Details = "Vennootschap naar Belgisch recht, ondernemingsnummer 0458.085.765, statutaire zetel Veldkant 33 bus A, 2550 Kontich, België",
            Service = "Ontwikkeling en beheer van de applicatie Mijn Burgerprofiel", Location = "België", InEea = true,
            Since = new DateOnly(2022, 1, 28),
        });
    }
}

internal sealed class CharterVersionConfiguration : IEntityTypeConfiguration<CharterVersion>
{
    public void Configure(EntityTypeBuilder<CharterVersion> b)
    {
        b.ToTable("dp_charter_versions");
        b.IsGlobal("The processing charter is the same for every tenant.");
        b.HasKey(c => c.Id);
        b.Property(c => c.Version).HasMaxLength(20);
        b.Property(c => c.Summary).HasMaxLength(4000);
        b.HasIndex(c => c.Version).IsUnique();
        b.HasData(new CharterVersion
        {
            Id = Guid.Parse("0193a9f0-0000-7000-8000-000000000002"), Version = "3.0", EffectiveOn = new DateOnly(2022, 1, 28),
            Summary = "Verwerkingscharter versie 3.0 van 28/01/2022.",
        });
    }
}

internal sealed class PlannedChangeConfiguration : IEntityTypeConfiguration<PlannedChange>
{
    public void Configure(EntityTypeBuilder<PlannedChange> b)
    {
        b.ToTable("dp_planned_changes");
        b.IsGlobal("A sub-processor or charter change is announced to all tenants at once.");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Details).HasMaxLength(500);
        b.Property(c => c.Service).HasMaxLength(500);
        b.Property(c => c.Location).HasMaxLength(200);
        b.Property(c => c.TransferBasis).HasMaxLength(500);
        b.Property(c => c.CharterVersion).HasMaxLength(20);
        b.Property(c => c.Summary).HasMaxLength(4000);
        b.Ignore(c => c.ObjectionDeadline);
        b.Ignore(c => c.Title);
    }
}

internal sealed class ChangeNoticeConfiguration : IEntityTypeConfiguration<ChangeNotice>
{
    public void Configure(EntityTypeBuilder<ChangeNotice> b)
    {
        b.ToTable("dp_change_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Recipients).HasMaxLength(2000);
        b.Property(n => n.Subject).HasMaxLength(300);
        b.Property(n => n.Body).HasMaxLength(20000);
        // Once per tenant and change, also when two nodes send at the same time.
        b.HasIndex(n => new { n.TenantId, n.ChangeId }).IsUnique();
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> b)
    {
        b.ToTable("dp_objections");
        b.HasKey(o => o.Id);
        b.Property(o => o.Reason).HasMaxLength(4000);
        b.Property(o => o.Settlement).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.SettlementNote).HasMaxLength(2000);
        b.HasIndex(o => new { o.TenantId, o.ChangeId });
    }
}
