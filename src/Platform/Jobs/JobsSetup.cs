using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Platform.Kernel.Persistence;

namespace Platform.Jobs;

internal static class JobsSetup
{
    /// <summary>In-memory job storage on the embedded default; PostgreSQL storage shared by all nodes otherwise.
    /// Jobs are idempotent and re-derivable from the database, so losing the in-memory queue loses nothing.</summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, DatabaseOptions database, IConfiguration configuration)
    {
        // Each host owns its storage. Hangfire's default hands every host in the process the static JobStorage.Current of
        // whichever host configured last; the tests run several hosts in one process, and one stopping broke another's queue.
        services.AddSingleton<JobStorage>(_ =>
        {
            if (database.Provider != DatabaseProvider.Postgres) return new InMemoryStorage();
            var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
        });
        services.AddHangfire(config => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHostedService<RecurringJobsRegistration>(); // the modules' declared schedules (ADR 0020)
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        return services;
    }

    public static void MapPlatformJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policies.PlatformAdmin, "/jobs",
            new DashboardOptions { DashboardTitle = "Achtergrondtaken", AppPath = "/", Authorization = [] });
}
