using DataProtection.AccessLog;
using DataProtection.Assignments;
using DataProtection.Breaches;
using DataProtection.Changes;
using DataProtection.Erasure;
using DataProtection.Export;
using DataProtection.Persistence;
using DataProtection.SubjectRequests;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Jobs;
using Platform.Kernel.Privacy;
using Platform.Kernel.Web;

namespace DataProtection;

/// <summary>The module's public face: the processor's duties of the processing charter ("Gegevensbescherming").</summary>
public static class DataProtectionModule
{
    public static IServiceCollection AddDataProtectionDuties(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<DataProtectionDbContext, SqliteDataProtectionDbContext, PostgresDataProtectionDbContext>(database, DataProtectionDbContext.SchemaName);
        services.AddSingleton<DataProtectionLinks>();
        services.AddScoped<ChangeNotifier>();
        services.AddScoped<AnnounceChange>();
        services.AddScoped<FileObjection>();
        services.AddScoped<SettleObjection>();
        services.AddScoped<ChangeEffectJob>();
        services.AddOptions<DataProtectionOptions>().BindConfiguration("DataProtection").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<BreachRegister>();
        services.AddScoped<RecordBreach>();
        services.AddScoped<AddAffectedTenant>();
        services.AddScoped<NotifyBreach>();
        services.AddScoped<FollowUpBreach>();
        services.AddRecurringJob<ChangeEffectJob>(ChangeEffectJob.Id, j => j.RunAsync(CancellationToken.None), "15 0 * * *");
        services.AddScoped<SubmitAssignment>();
        services.AddScoped<ReviewAssignment>();
        services.AddScoped<ProcessingRecordBuilder>();
        services.AddScoped<LogSubjectRequest>();
        services.AddScoped<UpdateSubjectRequest>();
        services.AddScoped<IPersonalDataReadLog, PersonalDataReadLog>();
        services.AddScoped<AccessLogQuery>();
        services.AddOptions<Export.TenantDataOptions>().BindConfiguration(Export.TenantDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Export.TenantExportJob>();
        services.AddScoped<Export.RequestExport>();
        services.AddScoped<Export.DownloadExport>();
        services.AddScoped<Erasure.ConfirmErasure>();
        services.AddScoped<Erasure.CancelErasure>();
        services.AddScoped<Erasure.ErasureJob>();
        services.AddScoped<Retention.RetentionJob>();
        services.AddScoped<Platform.Kernel.Privacy.ITenantDataHolder, Erasure.DataProtectionTenantData>();
        // One Hangfire recurring job each, so with two nodes on PostgreSQL each runs once per night.
        services.AddRecurringJob<Erasure.ErasureJob>(Erasure.ErasureJob.Id, j => j.RunAsync(CancellationToken.None), "30 1 * * *");
        services.AddRecurringJob<Retention.RetentionJob>(Retention.RetentionJob.Id, j => j.RunAsync(CancellationToken.None), "45 1 * * *");
        services.AddSingleton(new NavigationItem("/gegevensbescherming", "Gegevensbescherming", 500, Roles.PlatformAdmin, Roles.TenantAdmin));
        return services;
    }

    public static IEndpointRouteBuilder MapDataProtectionDuties(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapChangesApi();
        endpoints.MapBreachesApi();
        endpoints.MapAssignmentsApi();
        endpoints.MapSubjectRequestsApi();
        endpoints.MapAccessLogApi();
        endpoints.MapExportApi();
        endpoints.MapErasureApi();
        return endpoints;
    }
}
