using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Platform.Tests.Infrastructure;

/// <summary>The real platform host on a database of its own, started once per provider and shared by the tests
/// of that provider. Tests never depend on each other's data: each makes its own tenants and users.</summary>
public abstract class PlatformApp : WebApplicationFactory<Program>
{
    public virtual string AdminKey { get; } = "test-admin-" + Guid.NewGuid().ToString("N");

    public const string HostSuffix = "burgerprofiel.test";

    public abstract string Provider { get; }

    /// <summary>Where this app writes its e-mails (.eml); tests read them to follow links.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "platform-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>False when this provider cannot run here (PostgreSQL without a connection string).</summary>
    public virtual bool Available => true;

    protected abstract string ConnectionString { get; }

    /// <summary>Extra configuration for a derived app (for example a real Kestrel port for browser tests).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Platform", ConnectionString);
        builder.UseSetting("Platform:SeedDemoData", "false");
        builder.UseSetting("Platform:Bootstrap:AdminApiKey", AdminKey);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Tenancy:HostSuffix", HostSuffix);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // The shared hosts serve every test from one address: limits far above any test's burst (abuse tests lower them).
        foreach (var limit in new[] { "AnonymousWrite", "SignIn", "SignInPerAccount", "MailPerAddress", "AuthenticatedWrite" })
            builder.UseSetting($"RateLimiting:{limit}:PermitLimit", "1000000");
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Serilog.Core.ILogEventSink, ServerErrors>();
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    public Api Api() => new(this);
}

public sealed class SqliteApp : PlatformApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N") + ".db");

    public override string Provider => "Sqlite";

    protected override string ConnectionString
    {
        get
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            return $"Data Source={_file};Default Timeout=30";
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }
}

/// <summary>PostgreSQL from <c>PLATFORM_TEST_POSTGRES</c> (set by .ci/run); each app gets a fresh database.</summary>
public sealed class PostgresApp : PlatformApp
{
    public static readonly string? ServerConnectionString = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");

    private readonly string _database = "platform_test_" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    public override string Provider => "Postgres";

    public override bool Available => !string.IsNullOrWhiteSpace(ServerConnectionString);

    protected override string ConnectionString
    {
        get
        {
            if (!Available) throw new InvalidOperationException("PLATFORM_TEST_POSTGRES is not set.");
            if (!_created)
            {
                using var connection = new NpgsqlConnection(ServerConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
                command.ExecuteNonQuery();
                _created = true;
            }
            return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database, MaxPoolSize = 50 }.ToString();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_created) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres";
}

/// <summary>Tests that start a host (and a database) of their own per test: they run alone, after the parallel collections,
/// so their start-ups do not starve the shared apps and the browser of the 2 CPUs CI has.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnHostsCollection
{
    public const string Name = "own-hosts";
}
