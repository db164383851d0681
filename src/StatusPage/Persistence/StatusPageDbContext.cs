using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tenancy;
using StatusPage.Auditing;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;
using StatusPage.Notifications;
using StatusPage.Subscriptions;
using StatusPage.Webhooks;

namespace StatusPage.Persistence;

internal class StatusPageDbContext(DbContextOptions options, TenantContext tenantContext)
    : TenantDbContext(options, tenantContext)
{
    public const string SchemaName = "statuspage";

    protected override string Schema => SchemaName;

    public DbSet<Product> Products => Set<Product>();
    public DbSet<Component> Components => Set<Component>();
    public DbSet<StatusIncident> Incidents => Set<StatusIncident>();
    public DbSet<IncidentUpdate> IncidentUpdates => Set<IncidentUpdate>();
    public DbSet<IncidentImpact> IncidentImpacts => Set<IncidentImpact>();
    public DbSet<IncidentTemplate> IncidentTemplates => Set<IncidentTemplate>();
    public DbSet<PlannedMaintenance> Maintenance => Set<PlannedMaintenance>();
    public DbSet<MaintenanceComponent> MaintenanceComponents => Set<MaintenanceComponent>();
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<StatusEvent> Events => Set<StatusEvent>();
    public DbSet<NotificationLog> Notifications => Set<NotificationLog>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<Checks.HealthCheck> HealthChecks => Set<Checks.HealthCheck>();
    public DbSet<Checks.HealthCheckResult> HealthCheckResults => Set<Checks.HealthCheckResult>();
    public DbSet<Checks.HealthCheckRollup> HealthCheckRollups => Set<Checks.HealthCheckRollup>();
    public DbSet<Checks.AutomaticIncident> AutomaticIncidents => Set<Checks.AutomaticIncident>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StatusPageDbContext).Assembly,
            t => t.Namespace?.StartsWith("StatusPage", StringComparison.Ordinal) == true);
}

internal sealed class SqliteStatusPageDbContext(DbContextOptions<SqliteStatusPageDbContext> options, TenantContext tenantContext)
    : StatusPageDbContext(options, tenantContext);

internal sealed class PostgresStatusPageDbContext(DbContextOptions<PostgresStatusPageDbContext> options, TenantContext tenantContext)
    : StatusPageDbContext(options, tenantContext);

internal sealed class SqliteStatusPageDesignFactory()
    : DesignTimeFactory<SqliteStatusPageDbContext>(DatabaseProvider.Sqlite, StatusPageDbContext.SchemaName);

internal sealed class PostgresStatusPageDesignFactory()
    : DesignTimeFactory<PostgresStatusPageDbContext>(DatabaseProvider.Postgres, StatusPageDbContext.SchemaName);
