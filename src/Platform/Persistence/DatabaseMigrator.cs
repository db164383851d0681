using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;

namespace Platform.Persistence;

/// <summary>Applies every module's migrations, in registration order. EF takes a database lock while
/// migrating, so several nodes starting together on PostgreSQL do not race.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, ModuleDbContexts contexts, DatabaseOptions database, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
            await EnableWriteAheadLogAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        foreach (var type in contexts.Types)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database schema of {Context} is up to date", type.Name);
        }
    }

    /// <summary>WAL lets readers run while one writer writes; the mode is stored in the file itself.</summary>
    private async Task EnableWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
