using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Sending;

internal sealed class InvoiceMailConfiguration : IEntityTypeConfiguration<InvoiceMail>
{
    public void Configure(EntityTypeBuilder<InvoiceMail> b)
    {
        b.ToTable("invoice_mails");
        b.IsGlobal("Sent-log of invoice mails across tenants, read by the mail job; its key makes each round once.");
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.DocumentId, m.Round }).IsUnique();
        b.HasIndex(m => new { m.State, m.QueuedAt });
        b.HasIndex(m => m.InvoiceId);
        b.HasIndex(m => m.BatchId);
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Number).HasMaxLength(20);
        b.Property(m => m.DeliveredTo).HasMaxLength(2000);
        b.Property(m => m.Refused).HasMaxLength(2000);
        b.Property(m => m.Note).HasMaxLength(500);
    }
}

internal sealed class TenantSendingSettingConfiguration : IEntityTypeConfiguration<TenantSendingSetting>
{
    public void Configure(EntityTypeBuilder<TenantSendingSetting> b)
    {
        b.ToTable("tenant_sending");
        b.IsGlobal("Platform admin's per-tenant switch for mailing invoices, keyed by tenant id (the tenant lives in Tenants).");
        b.HasKey(s => s.TenantId);
        b.Property(s => s.TenantId).ValueGeneratedNever();
    }
}
