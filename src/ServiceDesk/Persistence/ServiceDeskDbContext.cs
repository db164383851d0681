using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Kernel.Persistence;
using ServiceDesk.Calendar;
using ServiceDesk.Mails;
using ServiceDesk.Reporters;
using ServiceDesk.Warnings;

namespace ServiceDesk.Persistence;

internal class ServiceDeskDbContext(DbContextOptions options, TenantContext tenantContext)
    : TenantDbContext(options, tenantContext)
{
    public const string SchemaName = "servicedesk";

    protected override string Schema => SchemaName;

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentEvent> IncidentEvents => Set<IncidentEvent>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<ReporterSeat> ReporterSeats => Set<ReporterSeat>();

    public DbSet<ClosingDay> ClosingDays => Set<ClosingDay>();

    public DbSet<ClockPolicyRecord> ClockPolicies => Set<ClockPolicyRecord>();

    public DbSet<SlaWarning> SlaWarnings => Set<SlaWarning>();

    public DbSet<IncidentMail> IncidentMails => Set<IncidentMail>();

    public DbSet<IncidentNumberSeries> IncidentNumberSeries => Set<IncidentNumberSeries>();

    public DbSet<Intake.ImportedMail> ImportedMails => Set<Intake.ImportedMail>();

    public DbSet<Intake.ReviewMail> ReviewMails => Set<Intake.ReviewMail>();
    public DbSet<SavedReplies.SavedReply> SavedReplies => Set<SavedReplies.SavedReply>();

    public DbSet<Outages.OutageLink> OutageLinks => Set<Outages.OutageLink>();

    public DbSet<Outages.OutageUpdate> OutageUpdates => Set<Outages.OutageUpdate>();

    public DbSet<Outages.OutageDelivery> OutageDeliveries => Set<Outages.OutageDelivery>();

    public DbSet<Reports.ServiceReportMailing> ServiceReportMailings => Set<Reports.ServiceReportMailing>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServiceDeskDbContext).Assembly,
            t => t.Namespace?.StartsWith("ServiceDesk", StringComparison.Ordinal) == true);
}

internal sealed class SqliteServiceDeskDbContext(DbContextOptions<SqliteServiceDeskDbContext> options, TenantContext tenantContext)
    : ServiceDeskDbContext(options, tenantContext);

internal sealed class PostgresServiceDeskDbContext(DbContextOptions<PostgresServiceDeskDbContext> options, TenantContext tenantContext)
    : ServiceDeskDbContext(options, tenantContext);

internal sealed class SqliteServiceDeskDesignFactory()
    : DesignTimeFactory<SqliteServiceDeskDbContext>(DatabaseProvider.Sqlite, ServiceDeskDbContext.SchemaName);

internal sealed class PostgresServiceDeskDesignFactory()
    : DesignTimeFactory<PostgresServiceDeskDbContext>(DatabaseProvider.Postgres, ServiceDeskDbContext.SchemaName);
