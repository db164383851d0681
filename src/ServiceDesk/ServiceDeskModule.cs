using Microsoft.AspNetCore.Routing;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Persistence;
using Platform.Kernel.Jobs;
using Platform.Kernel.Security;
using Platform.Kernel.Web;
using ServiceDesk.Calendar;
using ServiceDesk.Intake;
using ServiceDesk.Mails;
using ServiceDesk.Persistence;
using ServiceDesk.Queue;
using ServiceDesk.Reporters;
using ServiceDesk.Reports;
using ServiceDesk.Warnings;

namespace ServiceDesk;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class ServiceDeskModule
{
    public static IServiceCollection AddServiceDesk(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<ServiceDeskDbContext, SqliteServiceDeskDbContext, PostgresServiceDeskDbContext>(database, ServiceDeskDbContext.SchemaName);
        services.AddSingleton<ClockPolicyProvider>();
        services.AddSingleton<Platform.Kernel.Calendar.IWorkingDays, WorkingDays>();
        services.AddScoped<ClosingDays>();
        services.AddScoped<IncidentAccess>();
        services.AddScoped<IncidentService>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantOfRecord, IncidentTenantOfRecord>();
        services.AddSingleton<IncidentNumbers>();
        services.AddScoped<IncidentActions>();
        services.AddScoped<IncidentQueries>();
        services.AddScoped<ReporterSeats>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantDataHolder, Privacy.ServiceDeskTenantData>();
        services.AddScoped<Platform.Kernel.Seeding.IDemoDataSeeder, ServiceDeskDemoData>();
        services.AddScoped<ReportService>();
        services.AddScoped<Platform.Kernel.Home.IHomeFigures, Home.ServiceDeskHomeFigures>();
        services.AddScoped<TenantServiceReport>();
        services.AddScoped<ServiceReportMailer>();
        services.AddScoped<ServiceReportMailings>();
        services.AddRecurringJob<ServiceReportMailer>(ServiceReportMailer.JobId, j => j.RunAsync(CancellationToken.None), ServiceReportMailer.Schedule);
        services.AddScoped<SavedReplies.SavedReplyService>();
        services.AddScoped<Outages.OutageLinks>();
        services.AddScoped<Outages.OutageUpdates>();
        services.AddScoped<SlaWarningJob>();
        services.AddRecurringJob<SlaWarningJob>(SlaWarningJob.Id, j => j.RunAsync(CancellationToken.None), "*/5 * * * *");
        services.AddSingleton<DeskLinks>();
        services.AddOptions<DeskMailOptions>().BindConfiguration(DeskMailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DeskDigestJob>();
        services.AddScoped<IncidentMailDelivery>();
        // Every minute: undelivered incident mails again; the desk digest on ServiceDesk:Mail's DigestCron.
        services.AddRecurringJob<IncidentMailDelivery>(IncidentMailDelivery.JobId, j => j.DeliverPendingAsync(CancellationToken.None), Cron.Minutely());
        services.AddRecurringJob<DeskDigestJob>(DeskDigestJob.JobId, j => j.RunAsync(CancellationToken.None), sp => sp.GetRequiredService<IOptions<DeskMailOptions>>().Value.DigestCron);
        services.AddMailIntake();
        services.AddAuthorizationBuilder().AddPolicy(ReportService.ReadersPolicy,
            p => p.RequireRole(Roles.TenantAdmin, Roles.Agent, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk", "Mijn incidenten", 300, Roles.Reporter, Roles.TenantAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/wachtrij", "Wachtrij servicedesk", 300, Roles.Agent, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/melders", "Melders", 310, Roles.TenantAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/rapporten", "Servicedeskrapporten", 320, Roles.TenantAdmin, Roles.Agent, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/maandrapport", "Maandrapport dienstverlening", 321, Roles.TenantAdmin, Roles.Agent, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/storingen", "Gekoppelde storingen", 322, Roles.Agent, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/standaardantwoorden", "Standaardantwoorden", 325, Roles.Agent, Roles.PlatformAdmin));
        services.AddSingleton(new NavigationItem("/servicedesk/sluitingsdagen", "Sluitingsdagen servicedesk", 330, Roles.PlatformAdmin));
        return services;
    }

    public static IEndpointRouteBuilder MapServiceDesk(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIncidentsApi();
        endpoints.MapReportersApi();
        endpoints.MapClosingDaysApi();
        endpoints.MapReportsApi();
        endpoints.MapServiceReportsApi();
        endpoints.MapMailIntakeApi();
        SavedReplies.SavedRepliesApi.MapSavedRepliesApi(endpoints);
        Outages.OutagesApi.MapOutagesApi(endpoints);
        return endpoints;
    }
}
