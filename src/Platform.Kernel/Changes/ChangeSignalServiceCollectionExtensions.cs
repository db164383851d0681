using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Changes;

public static class ChangeSignalServiceCollectionExtensions
{
    /// <summary>One <see cref="IChangeSignal"/>: LISTEN/NOTIFY on PostgreSQL (several nodes), in-process on SQLite.</summary>
    public static IServiceCollection AddChangeSignal(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddOptions<ChangeSignalOptions>().BindConfiguration(ChangeSignalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton(sp => new PostgresChangeSignal(database.ConnectionString, sp.GetRequiredService<IOptions<ChangeSignalOptions>>().Value,
                sp.GetRequiredService<ILogger<PostgresChangeSignal>>()));
            services.AddSingleton<IChangeSignal>(sp => sp.GetRequiredService<PostgresChangeSignal>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresChangeSignal>());
        }
        else
        {
            services.AddSingleton<IChangeSignal>(sp => new InProcessChangeSignal(sp.GetRequiredService<IOptions<ChangeSignalOptions>>().Value));
        }
        return services;
    }
}
