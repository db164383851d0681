namespace Billing.Pricing;

/// <summary>A fee table agreed after the contract's (2023), taking effect on 1 January of <see cref="EffectiveYear"/>.
/// Entered ahead; tenants are told when it is entered.</summary>
internal sealed class PriceListEntry
{
    public int EffectiveYear { get; set; }
    /// <summary>Annual fees of the tiers as JSON (<see cref="PriceListStore"/> maps them).</summary>
    public required string TiersJson { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
    public Guid? EnteredBy { get; set; }
}

/// <summary>One tenant told of one price change (the unique key makes it "once").</summary>
internal sealed class PriceChangeNotice
{
    public int EffectiveYear { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public int Recipients { get; set; }
}
