namespace Platform.Kernel.Tenancy;

/// <summary>A row that belongs to exactly one tenant. Gets a query filter and is stamped on insert.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
