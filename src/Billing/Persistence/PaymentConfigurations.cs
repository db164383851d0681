using Billing.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Persistence;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("payments");
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.TenantId, p.InvoiceId });
        // A bank transaction or a Stripe session pays once (across tenants: the import's entry key and the review entry's token).
        b.HasIndex(p => new { p.TenantId, p.Reference, p.TransactionReference }).IsUnique();
        b.Property(p => p.Amount).HasPrecision(12, 2);
        b.Property(p => p.Overpayment).HasPrecision(12, 2);
        b.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.LinkedBy).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Reference).HasMaxLength(100);
        b.Property(p => p.TransactionReference).HasMaxLength(100);
        b.Property(p => p.PayerName).HasMaxLength(200);
        b.Property(p => p.PayerIban).HasMaxLength(34);
        b.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BankImportConfiguration : IEntityTypeConfiguration<BankImport>
{
    public void Configure(EntityTypeBuilder<BankImport> b)
    {
        b.ToTable("bank_imports");
        b.IsGlobal("EV DV's own bank account statements: one import pays invoices of many tenants; only finance reads it.");
        b.HasKey(i => i.Id);
        b.HasIndex(i => i.ImportedAt);
        b.Property(i => i.FileName).HasMaxLength(255);
        b.Property(i => i.StatementIds).HasMaxLength(1000);
        b.Property(i => i.MatchedTotal).HasPrecision(14, 2);
    }
}

internal sealed class ImportedBankEntryConfiguration : IEntityTypeConfiguration<ImportedBankEntry>
{
    public void Configure(EntityTypeBuilder<ImportedBankEntry> b)
    {
        b.ToTable("imported_bank_entries");
        b.IsGlobal("The bank's entry references already imported, across tenants: the key makes each entry once.");
        b.HasKey(e => e.BankReference);
        b.Property(e => e.BankReference).HasMaxLength(100);
        b.Property(e => e.Amount).HasPrecision(14, 2);
        b.HasOne<BankImport>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewEntryConfiguration : IEntityTypeConfiguration<ReviewEntry>
{
    public void Configure(EntityTypeBuilder<ReviewEntry> b)
    {
        b.ToTable("payment_review");
        b.IsGlobal("Credits on EV DV's account that no invoice claimed yet: no tenant is known until finance matches them.");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.State, r.BookingDate });
        b.HasIndex(r => new { r.BankReference, r.TransactionReference }).IsUnique();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.BankReference).HasMaxLength(100);
        b.Property(r => r.TransactionReference).HasMaxLength(100);
        b.Property(r => r.Amount).HasPrecision(12, 2);
        b.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        b.Property(r => r.PayerName).HasMaxLength(200);
        b.Property(r => r.PayerIban).HasMaxLength(34);
        b.Property(r => r.StructuredReference).HasMaxLength(100);
        b.Property(r => r.FreeText).HasMaxLength(1000);
        b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Explanation).HasMaxLength(500);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ResolutionNote).HasMaxLength(1000);
        b.Ignore(r => r.CanBeMatched);
        b.Ignore(r => r.IsReversal);
        b.HasOne<BankImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProcessedStripeEventConfiguration : IEntityTypeConfiguration<ProcessedStripeEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedStripeEvent> b)
    {
        b.ToTable("stripe_events");
        b.IsGlobal("Stripe's event ids for EV DV's account, across tenants: the key makes each event once.");
        b.HasKey(e => e.EventId);
        b.Property(e => e.EventId).HasMaxLength(255);
        b.Property(e => e.Type).HasMaxLength(100);
    }
}

internal sealed class StripeCheckoutSessionConfiguration : IEntityTypeConfiguration<StripeCheckoutSession>
{
    public void Configure(EntityTypeBuilder<StripeCheckoutSession> b)
    {
        b.ToTable("stripe_checkout_sessions");
        b.IsGlobal("Stripe sessions by invoice id; created for a tenant admin or for finance, holds no personal data.");
        b.HasKey(s => s.SessionId);
        b.Property(s => s.SessionId).HasMaxLength(255);
        b.Property(s => s.Url).HasMaxLength(2000);
        b.HasIndex(s => new { s.InvoiceId, s.CreatedAt });
    }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> b)
    {
        b.ToTable("reminders_sent");
        b.IsGlobal("Sent-log of the daily reminder job across tenants; its key makes each reminder step once.");
        b.HasKey(r => new { r.InvoiceId, r.Step });
        b.Property(r => r.InvoiceId).ValueGeneratedNever();
        b.Property(r => r.Step).ValueGeneratedNever();
    }
}
