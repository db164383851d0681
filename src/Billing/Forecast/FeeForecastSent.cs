using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Kernel.Persistence;

namespace Billing.Forecast;

/// <summary>Sent-log of the yearly fee forecast ("prijsraming"): once per tenant per forecast year.</summary>
internal sealed class FeeForecastSent
{
    public Guid TenantId { get; set; }
    /// <summary>The year the forecast is for (next year when it was sent).</summary>
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public int Inhabitants { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public Guid? SentBy { get; set; }
    public int Recipients { get; set; }
}

internal sealed class FeeForecastSentConfiguration : IEntityTypeConfiguration<FeeForecastSent>
{
    public void Configure(EntityTypeBuilder<FeeForecastSent> b)
    {
        b.ToTable("fee_forecasts_sent");
        b.IsGlobal("Sent-log of the yearly fee forecasts across tenants; its key makes each forecast once.");
        b.HasKey(f => new { f.TenantId, f.Year });
        b.Property(f => f.Amount).HasPrecision(12, 2);
    }
}
