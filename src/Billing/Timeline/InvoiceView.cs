using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Timeline;

internal enum ViewKind { Opened, Downloaded }

/// <summary>A tenant admin opened or downloaded an issued invoice in <c>/mijn-facturen</c> (user id only, no personal data).</summary>
internal sealed class InvoiceView
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InvoiceId { get; set; }
    public Guid? UserId { get; set; }
    public ViewKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class InvoiceViewConfiguration : IEntityTypeConfiguration<InvoiceView>
{
    public void Configure(EntityTypeBuilder<InvoiceView> b)
    {
        b.ToTable("invoice_views");
        b.IsGlobal("Who of the tenant looked at an invoice, for finance's timeline; keyed by invoice, written only by the tenant's own admins.");
        b.HasKey(v => v.Id);
        b.HasIndex(v => v.InvoiceId);
        b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
