using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;

namespace Platform.Kernel.Persistence;

/// <summary>Base of every module's DbContext. Tenant-owned entities get a query filter that reads the
/// tenant from this instance (EF caches the model, so a captured value would leak between requests).
/// No tenant = the filter matches nothing (fail closed).</summary>
public abstract class TenantDbContext(DbContextOptions options, TenantContext tenantContext) : DbContext(options)
{
    /// <summary>Name of the tenant query filter; modules may add other named filters beside it.
    /// Never bypass it with ExecuteUpdate/ExecuteDelete/raw SQL on tenant-owned rows: the interceptor cannot see those.</summary>
    public const string TenantFilter = "Tenant";

    public TenantContext TenantContext { get; } = tenantContext;

    /// <summary>Read by the query filters on every query; null matches no row.</summary>
    public Guid? CurrentTenantId => TenantContext.TenantId;

    /// <summary>The module's schema on PostgreSQL (SQLite has none; tables are prefixed instead by their names).</summary>
    protected abstract string Schema { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            modelBuilder.HasDefaultSchema(Schema);
        ConfigureModel(modelBuilder);
        ApplyTenantFilters(modelBuilder);
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(this, configurationBuilder);

    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) || entity.BaseType is not null)
                continue;
            // e => (Guid?)e.TenantId == this.CurrentTenantId
            var e = Expression.Parameter(entity.ClrType, "e");
            var body = Expression.Equal(
                Expression.Convert(Expression.Property(e, nameof(ITenantOwned.TenantId)), typeof(Guid?)),
                Expression.Property(Expression.Constant(this), nameof(CurrentTenantId)));
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, Expression.Lambda(body, e));
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
        }
    }
}
