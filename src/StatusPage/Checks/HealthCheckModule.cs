using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Jobs;
using Platform.Kernel.Net;

namespace StatusPage.Checks;

internal static class HealthCheckModule
{
    public static IServiceCollection AddHealthChecksOfComponents(this IServiceCollection services)
    {
        services.AddOptions<HealthCheckOptions>().BindConfiguration(HealthCheckOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<HealthCheckService>();
        services.AddScoped<HealthProbe>();
        services.AddScoped<HealthAutomation>();
        services.AddScoped<HealthCheckRollupJob>();
        services.AddScoped<ComponentCharts>();
        services.AddSingleton<HealthCheckRunner>();
        // The due checks every few seconds (StatusPage:Checks:Cron; each check runs once per interval, claimed in the
        // database) and the hourly roll-up and retention.
        services.AddRecurringJob<HealthCheckRunner>(HealthCheckRunner.JobId, j => j.RunDueAsync(CancellationToken.None), sp => sp.GetRequiredService<IOptions<HealthCheckOptions>>().Value.Cron);
        services.AddRecurringJob<HealthCheckRollupJob>(HealthCheckRollupJob.JobId, j => j.RunAsync(CancellationToken.None), "7 * * * *");
        // Public targets: public addresses only, checked after DNS at every connection, no redirects (as webhooks).
        services.AddHttpClient(HealthProbe.PublicClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => PublicInternet.CreateHandler(resolver: sp.GetRequiredService<HostResolver>()));
        // Platform-own targets listed in StatusPage:Checks:InternalHosts: no address rule, still no redirects.
        services.AddHttpClient(HealthProbe.InternalClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        return services;
    }
}
