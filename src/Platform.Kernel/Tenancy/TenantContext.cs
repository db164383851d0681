namespace Platform.Kernel.Tenancy;

/// <summary>The tenant of the current scope (request or job). Scoped; set once by the resolution
/// middleware or by <see cref="ITenantScopeFactory"/>, never from a static or ambient value.</summary>
public sealed class TenantContext
{
    public TenantInfo? Tenant { get; private set; }

    public Guid? TenantId => Tenant?.Id;

    public bool HasTenant => Tenant is not null;

    public void Set(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (Tenant is not null && Tenant.Id != tenant.Id)
            throw new InvalidOperationException("The tenant of a scope cannot change once it is set.");
        Tenant = tenant;
    }
}
