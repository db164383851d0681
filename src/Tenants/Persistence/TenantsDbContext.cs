using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using Tenants.AppConfig;
using Tenants.Audit;
using Tenants.Catalogue;
using Tenants.Contacts;
using Tenants.Invitations;
using Tenants.Onboarding;
using Tenants.Directory;

namespace Tenants.Persistence;

internal class TenantsDbContext(DbContextOptions options, TenantContext tenantContext)
    : TenantDbContext(options, tenantContext)
{
    public const string SchemaName = "tenants";

    protected override string Schema => SchemaName;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<PreviousSlug> PreviousSlugs => Set<PreviousSlug>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<AppDraft> Drafts => Set<AppDraft>();

    public DbSet<AppVersion> Versions => Set<AppVersion>();

    public DbSet<StoredLogo> Logos => Set<StoredLogo>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<FeatureAvailabilityState> FeatureAvailability => Set<FeatureAvailabilityState>();

    public DbSet<FeatureAvailabilityChange> FeatureAvailabilityChanges => Set<FeatureAvailabilityChange>();

    public DbSet<FeatureNotice> FeatureNotices => Set<FeatureNotice>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<OnboardingRequest> OnboardingRequests => Set<OnboardingRequest>();

    public DbSet<Population.StoredPopulationPreview> PopulationPreviews => Set<Population.StoredPopulationPreview>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TenantsDbContext).Assembly,
            t => t.Namespace?.StartsWith("Tenants", StringComparison.Ordinal) == true);
}

internal sealed class SqliteTenantsDbContext(DbContextOptions<SqliteTenantsDbContext> options, TenantContext tenantContext)
    : TenantsDbContext(options, tenantContext);

internal sealed class PostgresTenantsDbContext(DbContextOptions<PostgresTenantsDbContext> options, TenantContext tenantContext)
    : TenantsDbContext(options, tenantContext);

internal sealed class SqliteTenantsDesignFactory()
    : DesignTimeFactory<SqliteTenantsDbContext>(DatabaseProvider.Sqlite, TenantsDbContext.SchemaName);

internal sealed class PostgresTenantsDesignFactory()
    : DesignTimeFactory<PostgresTenantsDbContext>(DatabaseProvider.Postgres, TenantsDbContext.SchemaName);
