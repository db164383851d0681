using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Platform.Tests.Infrastructure;

/// <summary>The platform on a database of its own (SQLite file or a fresh PostgreSQL database) with a clock the test
/// moves: <see cref="Clock"/> replaces <see cref="TimeProvider"/>. Tests using it belong in
/// <see cref="OwnHostsCollection"/>.</summary>
public sealed class ClockedApp(string provider, DateTimeOffset start, IReadOnlyList<KeyValuePair<string, string?>>? settings = null) : PlatformApp
{
    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N") + ".db");
    private readonly string _database = "platform_test_" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    public FakeTimeProvider Clock { get; } = new(start);

    public override string Provider => provider;

    public override bool Available => provider == "Sqlite" || !string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString);

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => settings ?? [];

    protected override string ConnectionString
    {
        get
        {
            if (provider == "Sqlite")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
                return $"Data Source={_sqliteFile};Default Timeout=30";
            }
            if (!_created)
            {
                using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
                command.ExecuteNonQuery();
                _created = true;
            }
            return new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString) { Database = _database, MaxPoolSize = 20 }.ToString();
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(MailFolder, recursive: true); } catch (IOException) { }
        if (provider == "Sqlite")
        {
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                try { File.Delete(f); } catch (IOException) { }
            return;
        }
        if (!_created) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
