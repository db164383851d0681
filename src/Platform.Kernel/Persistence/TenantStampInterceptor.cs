using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Kernel.Tenancy;

namespace Platform.Kernel.Persistence;

/// <summary>Stamps the scope's tenant on new tenant-owned rows and refuses any write of a row that
/// belongs to another tenant, or of a tenant-owned row when no tenant is resolved.</summary>
public sealed class TenantStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not TenantDbContext tenantDb)
            return;
        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            var current = tenantDb.CurrentTenantId
                ?? throw new TenantMismatchException(
                    $"Cannot save {entry.Metadata.ClrType.Name}: no tenant is resolved for this scope.");
            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
                entry.Entity.TenantId = current;
            var original = entry.State == EntityState.Added
                ? entry.Entity.TenantId
                : entry.Property(e => e.TenantId).OriginalValue;
            if (entry.Entity.TenantId != current || original != current)
                throw new TenantMismatchException(
                    $"Cannot save {entry.Metadata.ClrType.Name}: it belongs to another tenant than this scope's.");
        }
    }
}
