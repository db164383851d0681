namespace Platform.Kernel.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Configuration section <c>Database</c> plus <c>ConnectionStrings:Platform</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file of the embedded default, relative to the content root.</summary>
    public string SqlitePath { get; set; } = "data/platform.db";

    /// <summary>Resolved connection string (for SQLite built from <see cref="SqlitePath"/>).</summary>
    public string ConnectionString { get; set; } = "";
}
