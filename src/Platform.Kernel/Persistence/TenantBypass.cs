using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;

namespace Platform.Kernel.Persistence;

/// <summary>The platform's one tenant bypass (docs/decisions/0019-tenant-bypass.md). It lifts only the named tenant
/// filter (<see cref="TenantDbContext.TenantFilter"/>); any other named filter keeps applying. Call it only from the
/// module's fence class <c>AcrossTenants</c> (one per module, each member saying why): a guard test fails elsewhere.</summary>
public static class TenantBypass
{
    /// <summary>The rows of every tenant: for platform staff views and jobs that walk all tenants.</summary>
    public static IQueryable<T> AcrossTenants<T>(this IQueryable<T> source) where T : class, ITenantOwned =>
        source.IgnoreQueryFilters([TenantDbContext.TenantFilter]);
}
