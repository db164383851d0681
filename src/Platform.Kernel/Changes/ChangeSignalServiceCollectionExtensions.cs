using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Changes;

public static class ChangeSignalServiceCollectionExtensions
{
    /// <summary>One <see cref="IChangeSignal"/>: LISTEN/NOTIFY on PostgreSQL (several nodes), in-process on SQLite.</summary>
    public static IServiceCollection AddChangeSignal(this IServiceCollection services, DatabaseOptions database, IConfiguration configuration)
    {
        var section = configuration.GetSection("Platform:Changes");
        var options = new ChangeSignalOptions
        {
            MaxStaleness = TimeSpan.FromSeconds(section.GetValue("MaxStalenessSeconds", 5.0)),
            ReconnectDelay = TimeSpan.FromSeconds(section.GetValue("ReconnectSeconds", 1.0)),
        };
        if (options.MaxStaleness <= TimeSpan.Zero)
            throw new InvalidOperationException("Platform:Changes:MaxStalenessSeconds must be positive.");
        services.AddSingleton(options);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton(sp => new PostgresChangeSignal(database.ConnectionString, options, sp.GetRequiredService<ILogger<PostgresChangeSignal>>()));
            services.AddSingleton<IChangeSignal>(sp => sp.GetRequiredService<PostgresChangeSignal>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresChangeSignal>());
        }
        else
        {
            services.AddSingleton<IChangeSignal, InProcessChangeSignal>();
        }
        return services;
    }
}
