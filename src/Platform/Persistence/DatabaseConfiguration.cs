using Microsoft.Data.Sqlite;
using Platform.Kernel.Persistence;

namespace Platform.Persistence;

internal static class DatabaseConfiguration
{
    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:Platform</c>; the embedded default is a
    /// SQLite file under the content root.</summary>
    public static DatabaseOptions Read(IConfiguration configuration, string contentRoot)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        var connectionString = configuration.GetConnectionString("Platform");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            options.ConnectionString = string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Platform is not set.")
                : connectionString;
            return options;
        }
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            options.ConnectionString = connectionString;
            return options;
        }
        var path = Path.GetFullPath(Path.Combine(contentRoot, options.SqlitePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        options.ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        return options;
    }
}
