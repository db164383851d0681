using System.Net;
using Npgsql;
using Platform.Kernel.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Tests.Infrastructure;

/// <summary>Several nodes of the platform on one fresh PostgreSQL database, in this test process: each a real host
/// with its own caches and its own listening connection, as two or three servers behind a load balancer would be.</summary>
public sealed class Nodes : IDisposable
{
    private readonly string _database = "platform_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<NodeApp> _nodes = [];

    public Nodes(int count, IReadOnlyDictionary<string, string?> settings, LogCapture? log = null, TimeProvider? clock = null)
    {
        using (var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            create.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString) { Database = _database, MaxPoolSize = 20 }.ToString();
        var adminKey = "test-admin-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < count; i++) _nodes.Add(new NodeApp(ConnectionString, adminKey, settings, log, clock));
    }

    public string ConnectionString { get; }

    public NodeApp this[int index] => _nodes[index];

    public IReadOnlyList<NodeApp> All => _nodes;

    /// <summary>Starts the nodes one after the other (the first migrates); <see cref="StartAllAtOnceAsync"/> races them.</summary>
    public void Start()
    {
        foreach (var node in _nodes) _ = node.Server;
    }

    public Task StartAllAtOnceAsync()
    {
        using var go = new ManualResetEventSlim();
        var starts = _nodes.Select(n => Task.Factory.StartNew(() => { go.Wait(); _ = n.Server; }, TaskCreationOptions.LongRunning)).ToList();
        go.Set();
        return Task.WhenAll(starts);
    }

    /// <summary>Ends every listening connection on this database (as a network failure or a server restart would).</summary>
    public async Task DropListenersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        command.Parameters.AddWithValue("name", PostgresChangeSignal.ListenerName);
        Assert.Equal((long)_nodes.Count, (long)(await command.ExecuteScalarAsync())!);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        foreach (var node in _nodes) node.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>One node: the real host on a database other nodes share; all nodes know the same bootstrap admin key (and, when
/// given, one clock the test moves).</summary>
public sealed class NodeApp(string connectionString, string adminKey, IReadOnlyDictionary<string, string?> settings, LogCapture? log,
    TimeProvider? clock = null) : PlatformApp
{
    public override string AdminKey => adminKey;

    public override string Provider => "Postgres";

    protected override string ConnectionString => connectionString;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => settings;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        if (log is not null) services.AddSingleton<Serilog.Core.ILogEventSink>(log);
        if (clock is not null)
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        }
    }

    /// <summary>True while this node listens for changes made on other nodes.</summary>
    public bool Listening => Services.GetRequiredService<PostgresChangeSignal>().Listening;

    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), what);
    }

    public async Task<HttpStatusCode> HealthAsync() => (await Api().Anonymous().GetAsync("/healthz")).StatusCode;
}
