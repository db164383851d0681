namespace Tenants.Directory;

/// <summary>A local government on the platform. The row itself is the tenant registry, so it is global;
/// what a tenant configures lives in tenant-owned rows.</summary>
internal sealed class Tenant
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Kbo { get; set; }
    public string? NisCode { get; set; }
    public required PostalAddress Address { get; set; }
    public DateOnly? AppStoreDate { get; set; }
    public DateOnly? PlayStoreDate { get; set; }
    public DateOnly? ContractSignedOn { get; set; }
    public DateOnly? TerminationNoticeSentOn { get; set; }
    public DateOnly? TerminationEffectiveOn { get; set; }
    /// <summary>The local government's reference or order number for our invoices (Peppol BT-10 buyer reference).</summary>
    public string? InvoiceReference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<InhabitantCount> Inhabitants { get; set; } = [];

    /// <summary>Go-live is the later of the two store publication dates (DOMAIN §2).</summary>
    public DateOnly? GoLive => AppStoreDate is { } a && PlayStoreDate is { } p ? (a > p ? a : p) : null;
}

internal sealed record PostalAddress(string Street, string PostalCode, string City);

/// <summary>De jure population on 1 January of <see cref="Year"/>, with where the number comes from.</summary>
internal sealed class InhabitantCount
{
    public Guid TenantId { get; set; }
    public int Year { get; set; }
    public int Count { get; set; }
    public const string DefaultSource = "Gemeente-Stadsmonitor (Agentschap Binnenlands Bestuur)";

    public string Source { get; set; } = DefaultSource;

    /// <summary>When the source published the figure, if known.</summary>
    public DateOnly? PublishedOn { get; set; }
}

/// <summary>A slug the tenant had before: old links and app builds keep resolving to it, and no other tenant may take it.</summary>
internal sealed class PreviousSlug
{
    public required string Slug { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
