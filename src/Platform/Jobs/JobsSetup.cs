using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;

namespace Platform.Jobs;

internal static class JobsSetup
{
    /// <summary>In-memory job storage on the embedded default; PostgreSQL storage shared by all nodes otherwise.
    /// Jobs are idempotent and re-derivable from the database, so losing the in-memory queue loses nothing.</summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, DatabaseOptions database, IConfiguration configuration)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
            else
                config.UseInMemoryStorage();
        });
        services.AddHostedService<RecurringJobsRegistration>(); // the modules' declared schedules (ADR 0020)
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        return services;
    }

    public static void MapPlatformJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policies.PlatformAdmin, "/jobs",
            new DashboardOptions { DashboardTitle = "Achtergrondtaken", AppPath = "/", Authorization = [] });
}
