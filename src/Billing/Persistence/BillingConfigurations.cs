using Billing.Numbering;
using Billing.Pricing;
using Billing.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Persistence;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("invoices");
        b.HasKey(i => i.Id);
        // One invoice per tenant per calendar year (DOMAIN §2): two racing runs cannot both insert a draft.
        b.HasIndex(i => new { i.TenantId, i.Year }).IsUnique();
        // Numbers and communications are unique across tenants: enforced by the global register (IssuedNumber).
        b.HasIndex(i => new { i.TenantId, i.Number }).IsUnique();
        b.HasIndex(i => new { i.Year, i.Status });
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Property(i => i.CustomerName).HasMaxLength(200);
        b.Property(i => i.CustomerKbo).HasMaxLength(12);
        b.Property(i => i.CustomerStreet).HasMaxLength(200);
        b.Property(i => i.CustomerPostalCode).HasMaxLength(4);
        b.Property(i => i.CustomerCity).HasMaxLength(100);
        b.Property(i => i.TierName).HasMaxLength(100);
        b.Property(i => i.Explanation).HasMaxLength(1000);
        b.Property(i => i.AnnualFee).HasPrecision(12, 2);
        b.Property(i => i.Amount).HasPrecision(12, 2);
        b.Property(i => i.CreditedAmount).HasPrecision(12, 2);
        b.Property(i => i.PaidAmount).HasPrecision(12, 2);
        b.Property(i => i.Settlement).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.BuyerReference).HasMaxLength(100);
        b.Property(i => i.OrderReference).HasMaxLength(100);
        b.Property(i => i.Number).HasMaxLength(20);
        b.Property(i => i.Communication).HasMaxLength(12).IsFixedLength();
        b.Property(i => i.OutsideReference).HasMaxLength(200);
        b.Ignore(i => i.Period);
        b.Ignore(i => i.Ogm);
        b.Ignore(i => i.ParsedNumber);
    }
}

internal sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    public void Configure(EntityTypeBuilder<CreditNote> b)
    {
        b.ToTable("credit_notes");
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        b.HasIndex(c => new { c.TenantId, c.InvoiceId });
        b.Property(c => c.Number).HasMaxLength(20);
        b.Property(c => c.Amount).HasPrecision(12, 2);
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.HasOne<Invoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredPdfConfiguration : IEntityTypeConfiguration<StoredPdf>
{
    public void Configure(EntityTypeBuilder<StoredPdf> b)
    {
        b.ToTable("pdfs");
        b.HasKey(p => p.Id);
        b.Property(p => p.FileName).HasMaxLength(100);
    }
}

internal sealed class NumberCounterConfiguration : IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<NumberCounter> b)
    {
        b.ToTable("number_counters");
        b.IsGlobal("One gap-free series per kind and year across all tenants (EV DV's invoice book).");
        b.HasKey(c => new { c.Kind, c.Year });
        b.Property(c => c.Kind).HasConversion<int>();
    }
}

internal sealed class IssuedNumberConfiguration : IEntityTypeConfiguration<IssuedNumber>
{
    public void Configure(EntityTypeBuilder<IssuedNumber> b)
    {
        b.ToTable("issued_numbers");
        b.IsGlobal("EV DV's register of numbers and structured communications, unique across all tenants.");
        b.HasKey(n => new { n.Kind, n.Year, n.Sequence });
        b.Property(n => n.Kind).HasConversion<int>();
        b.Property(n => n.Number).HasMaxLength(20);
        b.HasIndex(n => n.Number).IsUnique();
        b.Property(n => n.Communication).HasMaxLength(12).IsFixedLength();
        b.HasIndex(n => n.Communication).IsUnique();
        b.HasIndex(n => n.DocumentId).IsUnique();
    }
}

internal sealed class InvoiceRunReportConfiguration : IEntityTypeConfiguration<InvoiceRunReport>
{
    public void Configure(EntityTypeBuilder<InvoiceRunReport> b)
    {
        b.ToTable("invoice_runs");
        b.IsGlobal("A run spans all tenants; only finance reads its report.");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.StartedAt);
        b.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(20);
        b.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvoiceRunLineConfiguration : IEntityTypeConfiguration<InvoiceRunLine>
{
    public void Configure(EntityTypeBuilder<InvoiceRunLine> b)
    {
        b.ToTable("invoice_run_lines");
        b.IsGlobal("Part of a run report across tenants; only finance reads it.");
        b.HasKey(l => l.Id);
        b.Property(l => l.TenantName).HasMaxLength(200);
        b.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Reason).HasMaxLength(1000);
        b.Property(l => l.Amount).HasPrecision(12, 2);
    }
}

internal sealed class PriceListEntryConfiguration : IEntityTypeConfiguration<PriceListEntry>
{
    public void Configure(EntityTypeBuilder<PriceListEntry> b)
    {
        b.ToTable("price_list");
        b.IsGlobal("The fee table applies to every tenant.");
        b.HasKey(p => p.EffectiveYear);
        b.Property(p => p.EffectiveYear).ValueGeneratedNever();
        b.Property(p => p.TiersJson).HasMaxLength(4000);
    }
}

internal sealed class PriceChangeNoticeConfiguration : IEntityTypeConfiguration<PriceChangeNotice>
{
    public void Configure(EntityTypeBuilder<PriceChangeNotice> b)
    {
        b.ToTable("price_change_notices");
        b.IsGlobal("Sent-log of price-change notices across tenants; its key makes each notice once.");
        b.HasKey(n => new { n.EffectiveYear, n.TenantId });
    }
}
