using DataProtection.AccessLog;
using DataProtection.Assignments;
using DataProtection.Breaches;
using DataProtection.SubjectRequests;
using DataProtection.SubProcessors;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;

namespace DataProtection.Persistence;

internal class DataProtectionDbContext(DbContextOptions options, TenantContext tenantContext)
    : TenantDbContext(options, tenantContext)
{
    public const string SchemaName = "dataprotection";

    protected override string Schema => SchemaName;

    public DbSet<SubProcessor> SubProcessors => Set<SubProcessor>();
    public DbSet<CharterVersion> CharterVersions => Set<CharterVersion>();
    public DbSet<PlannedChange> Changes => Set<PlannedChange>();
    public DbSet<ChangeNotice> Notices => Set<ChangeNotice>();
    public DbSet<Objection> Objections => Set<Objection>();
    public DbSet<Breach> Breaches => Set<Breach>();
    public DbSet<BreachImpact> BreachImpacts => Set<BreachImpact>();
    public DbSet<BreachUpdate> BreachUpdates => Set<BreachUpdate>();
    public DbSet<ProcessingAssignment> Assignments => Set<ProcessingAssignment>();
    public DbSet<AssignmentComponent> AssignmentComponents => Set<AssignmentComponent>();
    public DbSet<SubjectRequest> SubjectRequests => Set<SubjectRequest>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DataProtectionDbContext).Assembly,
            t => t.Namespace?.StartsWith("DataProtection", StringComparison.Ordinal) == true);
}

internal sealed class SqliteDataProtectionDbContext(DbContextOptions<SqliteDataProtectionDbContext> options, TenantContext tenantContext)
    : DataProtectionDbContext(options, tenantContext);

internal sealed class PostgresDataProtectionDbContext(DbContextOptions<PostgresDataProtectionDbContext> options, TenantContext tenantContext)
    : DataProtectionDbContext(options, tenantContext);

internal sealed class SqliteDataProtectionDesignFactory()
    : DesignTimeFactory<SqliteDataProtectionDbContext>(DatabaseProvider.Sqlite, DataProtectionDbContext.SchemaName);

internal sealed class PostgresDataProtectionDesignFactory()
    : DesignTimeFactory<PostgresDataProtectionDbContext>(DatabaseProvider.Postgres, DataProtectionDbContext.SchemaName);
