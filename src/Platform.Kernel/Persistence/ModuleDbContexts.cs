using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Kernel.Persistence;

/// <summary>The DbContext service types of all modules, in registration order: migrated at start-up
/// and walked by the entity-model test.</summary>
public sealed class ModuleDbContexts
{
    private readonly List<Type> _types = [];

    public IReadOnlyList<Type> Types => _types;

    internal void Add(Type type)
    {
        if (!_types.Contains(type)) _types.Add(type);
    }
}

public static class ModuleDbContextServiceCollectionExtensions
{
    /// <summary>Statements per saved batch: a wide row has ~16 columns, so one command (and its log line) stays well under
    /// a thousand parameters, also when thousands of rows are saved at once (a large bank statement).</summary>
    public const int MaxBatchSize = 50;

    /// <summary>Registers a module's DbContext as <typeparamref name="TContext"/>, implemented by the
    /// provider-specific subclass that owns that provider's migrations. No pooling (tenant per instance).</summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, DatabaseOptions database, string schema)
        where TContext : DbContext where TSqlite : TContext where TPostgres : TContext
    {
        services.AddSingleton<TenantStampInterceptor>();
        services.AddSingleton<TextStorageGuard>();
        var registry = services.Select(d => d.ImplementationInstance).OfType<ModuleDbContexts>().FirstOrDefault();
        if (registry is null)
        {
            registry = new ModuleDbContexts();
            services.AddSingleton(registry);
        }
        registry.Add(typeof(TContext));

        if (database.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<TContext, TPostgres>((sp, o) => o
                .UseNpgsql(database.ConnectionString, n => n.MigrationsHistoryTable("__EFMigrationsHistory", schema).MaxBatchSize(MaxBatchSize))
                .ConfigureWarnings(HandledByCaller)
                .AddInterceptors(sp.GetRequiredService<TenantStampInterceptor>(), sp.GetRequiredService<TextStorageGuard>()));
        else
            services.AddDbContext<TContext, TSqlite>((sp, o) => o
                .UseSqlite(database.ConnectionString, s => s.MigrationsHistoryTable($"__ef_migrations_{schema}").MaxBatchSize(MaxBatchSize))
                .ConfigureWarnings(HandledByCaller)
                .AddInterceptors(sp.GetRequiredService<TenantStampInterceptor>(), sp.GetRequiredService<TextStorageGuard>()));
        return services;
    }

    /// <summary>
    /// A failing command or save surfaces as an exception: the caller either handles it (a lost race on a unique index,
    /// logged there once at Information with its outcome) or lets it fly to the host, which logs it as the error it is.
    /// EF's own error entries (with stack traces) would say the same a second and third time, so they go to Debug.
    /// </summary>
    private static void HandledByCaller(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.CommandError, LogLevel.Debug),
        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug));
}

/// <summary>What `dotnet ef` uses to create a module's provider-specific DbContext (each module declares one closed
/// subclass per provider, which the tool finds by reflection); never used at run time.</summary>
public abstract class DesignTimeFactory<T>(DatabaseProvider provider, string schema) : IDesignTimeDbContextFactory<T> where T : DbContext
{
    public T CreateDbContext(string[] args)
    {
        var options = provider == DatabaseProvider.Postgres ? DesignTimeOptions.Postgres<T>(schema) : DesignTimeOptions.Sqlite<T>(schema);
        var takesTenant = typeof(T).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(Tenancy.TenantContext)));
        return (T)Activator.CreateInstance(typeof(T), takesTenant ? [options, new Tenancy.TenantContext()] : [options])!;
    }
}

/// <summary>Options for design-time tools (dotnet ef) per provider; never used at run time.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string schema) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite("Data Source=design.db", s => s.MigrationsHistoryTable($"__ef_migrations_{schema}")).Options;

    public static DbContextOptions<T> Postgres<T>(string schema) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=design", n => n.MigrationsHistoryTable("__EFMigrationsHistory", schema)).Options;
}

/// <summary>SQLite cannot compare or order DateTimeOffset values; store them as UTC ticks there, which sort
/// and compare correctly and read back as the same instant (in UTC).</summary>
public static class SqliteConventions
{
    public static void Apply(DbContext context, ModelConfigurationBuilder builder)
    {
        if (context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true) return;
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
