using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.Kernel.Persistence;

namespace Platform.Startup;

/// <summary>
/// One node at a time does the start-up work (migrations, roles, bootstrap admin, demo data): a PostgreSQL session
/// advisory lock, or an exclusive lock on a file beside the SQLite database. Nodes that wait find the work done and
/// skip it (every step is idempotent). The lock goes with the connection or the process, also when it dies.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number; the same on every node of one database.</summary>
    private const long PostgresKey = 0x4D_42_50_53_54_41_52_54; // "MBPSTART"

    private readonly NpgsqlConnection? _connection;
    private readonly FileStream? _file;

    private StartupLock(NpgsqlConnection? connection, FileStream? file) => (_connection, _file) = (connection, file);

    public static async Task<StartupLock> AcquireAsync(DatabaseOptions database, ILogger logger, CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
            await connection.OpenAsync(ct);
            if (await ExecuteAsync(connection, "SELECT pg_try_advisory_lock(@key)", ct) is not true)
            {
                logger.LogInformation("Another node is doing the start-up work; waiting for it");
                await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", ct);
            }
            return new StartupLock(connection, null);
        }
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:") return new StartupLock(null, null);
        var waited = false;
        while (true)
        {
            try
            {
                return new StartupLock(null, new FileStream(path + ".startup-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                if (!waited) logger.LogInformation("Another process is doing the start-up work on this database; waiting for it");
                waited = true;
                await Task.Delay(200, ct);
            }
        }
    }

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("key", PostgresKey);
        return await command.ExecuteScalarAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection))
                await unlock.ExecuteNonQueryAsync();
            await _connection.DisposeAsync();
        }
        if (_file is not null) await _file.DisposeAsync();
    }
}
