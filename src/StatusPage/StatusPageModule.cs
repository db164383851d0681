using Microsoft.AspNetCore.Builder;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Jobs;
using Platform.Kernel.Security;
using Platform.Kernel.Seeding;
using Platform.Kernel.Web;
using StatusPage.Auditing;
using StatusPage.Catalog;
using StatusPage.Checks;
using StatusPage.Incidents;
using StatusPage.Maintenance;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Public;
using StatusPage.Reports;
using StatusPage.Seeding;
using StatusPage.Subscriptions;
using StatusPage.Webhooks;
using Platform.Kernel.Outages;

namespace StatusPage;

/// <summary>The module's public face: services in, endpoints out.</summary>
public static class StatusPageModule
{
    public static IServiceCollection AddStatusPage(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<StatusPageDbContext, SqliteStatusPageDbContext, PostgresStatusPageDbContext>(database, StatusPageDbContext.SchemaName);
        services.AddOptions<StatusPageOptions>().BindConfiguration(StatusPageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeskMailboxOptions>().BindConfiguration(DeskMailboxOptions.Section);
        services.AddSingleton<StatusPageCache>();
        services.AddSingleton<StatusLinks>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantDataHolder, Privacy.StatusPageTenantData>();
        services.AddScoped<Platform.Kernel.Privacy.IRetentionPurge, Privacy.UnconfirmedSubscriptionsPurge>();
        services.AddScoped<StatusAudit>();
        services.AddScoped<Platform.Kernel.Audit.IAuditSource, StatusAuditSource>();
        services.AddScoped<StatusEvents>();
        services.AddScoped<IncidentService>();
        services.AddScoped<IncidentList>();
        services.AddScoped<Platform.Kernel.Outages.IStatusIncidents, StatusIncidents>();
        services.AddScoped<Platform.Kernel.Outages.IPlatformAvailability, Public.PlatformAvailability>();
        services.AddScoped<MaintenanceService>();
        services.AddScoped<PostIncidentReports>();
        services.AddScoped<IncidentTemplates>();
        services.AddScoped<Reports.MonthlyAvailability>();
        services.AddScoped<Reports.MonthlyReportJob>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<IStatusSubscriptions>(sp => sp.GetRequiredService<SubscriptionService>());
        services.AddScoped<StatusSnapshotBuilder>();
        services.AddScoped<Platform.Kernel.Home.IHomeFigures, Home.StatusHomeFigures>();
        services.AddScoped<StatusFeeds>();
        services.AddScoped<StatuspageJson>();
        services.AddScoped<Features.ComponentFeatures>();
        services.AddScoped<AppStatusJson>();
        services.AddCors(o => o.AddPolicy(PublicEndpoints.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader().WithExposedHeaders("ETag")));
        services.AddScoped<StatusNotificationJob>();
        services.AddScoped<StatusAudience>();
        services.AddScoped<WebhookDeliveryJob>();
        services.AddScoped<WebhookRegistration>();
        services.AddScoped<CatalogEditor>();
        services.AddScoped<MaintenanceProgressJob>();
        services.AddScoped<IDemoDataSeeder, StatusDemoData>();
        // Every minute: start and complete announced maintenance on schedule. Daily: the monthly report (it mails only from
        // the month's first working day on, once per recipient and month). Every five minutes: events whose queued dispatch was lost.
        services.AddRecurringJob<MaintenanceProgressJob>("statuspage-maintenance-progress", j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        services.AddRecurringJob<Reports.MonthlyReportJob>("statuspage-monthly-report", j => j.RunAsync(CancellationToken.None), "0 7 * * *");
        services.AddRecurringJob<StatusNotificationJob>("statuspage-dispatch-pending", j => j.DispatchPendingAsync(CancellationToken.None), "*/5 * * * *");
        services.AddHttpClient(WebhookDeliveryJob.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            // Only public addresses, checked again after DNS resolution at every delivery; no redirects.
            .ConfigurePrimaryHttpMessageHandler(sp => Platform.Kernel.Net.PublicInternet.CreateHandler(
                allowLoopback: sp.GetRequiredService<IOptions<StatusPageOptions>>().Value.AllowInsecureWebhooks,
                resolver: sp.GetRequiredService<Platform.Kernel.Net.HostResolver>()));
        services.AddHealthChecksOfComponents();
        services.AddSingleton(new NavigationItem("/beheer/status", "Statuspagina", 400, Roles.Agent, Roles.PlatformAdmin));
        return services;
    }

    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStatusPublic();
        endpoints.MapAppStatus();
        endpoints.MapComponentCharts();
        endpoints.MapSubscriptionLinks();
        endpoints.MapSubscriptionsApi();
        var api = endpoints.MapGroup("/api/status").WithTags("Status page").RequireAuthorization(Policies.Agent);
        api.MapIncidentsApi();
        api.MapMaintenanceApi();
        api.MapIncidentListApi();
        api.MapCatalogApi();
        api.MapWebhooksApi();
        api.MapStatusAuditApi();
        api.MapHealthChecksApi();
        api.MapTemplatesApi();
        api.MapReportsApi();
        return endpoints;
    }
}
