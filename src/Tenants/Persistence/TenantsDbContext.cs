using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Tenants.Contacts;
using Tenants.Directory;

namespace Tenants.Persistence;

internal class TenantsDbContext(DbContextOptions options, TenantContext tenantContext)
    : TenantDbContext(options, tenantContext)
{
    public const string SchemaName = "tenants";

    protected override string Schema => SchemaName;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Contact> Contacts => Set<Contact>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TenantsDbContext).Assembly,
            t => t.Namespace?.StartsWith("Tenants", StringComparison.Ordinal) == true);
}

internal sealed class SqliteTenantsDbContext(DbContextOptions<SqliteTenantsDbContext> options, TenantContext tenantContext)
    : TenantsDbContext(options, tenantContext);

internal sealed class PostgresTenantsDbContext(DbContextOptions<PostgresTenantsDbContext> options, TenantContext tenantContext)
    : TenantsDbContext(options, tenantContext);

internal sealed class SqliteTenantsDesignFactory : IDesignTimeDbContextFactory<SqliteTenantsDbContext>
{
    public SqliteTenantsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteTenantsDbContext>(TenantsDbContext.SchemaName), new TenantContext());
}

internal sealed class PostgresTenantsDesignFactory : IDesignTimeDbContextFactory<PostgresTenantsDbContext>
{
    public PostgresTenantsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresTenantsDbContext>(TenantsDbContext.SchemaName), new TenantContext());
}
