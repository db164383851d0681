using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Kernel.Changes;

/// <summary>
/// The change signal of several nodes on one PostgreSQL database: <c>pg_notify</c> on channel
/// <see cref="Channel"/>, and one connection per node that <c>LISTEN</c>s for it in the background. When that
/// connection drops, every subscriber drops everything (notifications may have been missed) and again once it
/// listens anew; meanwhile <see cref="IChangeSignal.MaxStaleness"/> bounds what a cache may serve unchecked.
/// </summary>
public sealed class PostgresChangeSignal(string connectionString, ChangeSignalOptions options, ILogger<PostgresChangeSignal> logger)
    : InProcessChangeSignal(options), IHostedService, IAsyncDisposable
{
    public const string Channel = "platform_changes";

    /// <summary>The listening connection's application name (operators find it in <c>pg_stat_activity</c>).</summary>
    public const string ListenerName = "platform-change-listener";

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _echoes = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _sequence;
    private volatile bool _listening;
    private Task _loop = Task.CompletedTask;

    /// <summary>True while this node's listening connection is up.</summary>
    public bool Listening => _listening;

    public override async Task PublishAsync(string topic, string? key = null, CancellationToken cancellationToken = default)
    {
        Deliver(topic, key);
        var id = _origin + ":" + Interlocked.Increment(ref _sequence);
        var echo = _listening ? _echoes.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)) : null;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", id + "\n" + topic + "\n" + key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            // Our own notification coming back means the server has sent it to every listening node.
            if (echo is not null) await echo.Task.WaitAsync(Options.EchoTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogInformation("Change of {Topic} sent; its echo did not come back within {Timeout}", topic, Options.EchoTimeout);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning("Could not notify other nodes of a change of {Topic} ({Reason}); they see it within {Bound}",
                topic, e.Message, MaxStaleness);
        }
        finally
        {
            _echoes.TryRemove(id, out _);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => ListenAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Registered under two service types, so disposed twice: stopping twice is harmless.</summary>
    public ValueTask DisposeAsync() => new(StopAsync(CancellationToken.None));

    private async Task ListenAsync(CancellationToken stop)
    {
        var listenerConnection = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ListenerName, Pooling = false }.ToString();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listenerConnection);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await connection.OpenAsync(stop);
                await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
                    await listen.ExecuteNonQueryAsync(stop);
                _listening = true;
                DeliverAll(); // whatever changed while nobody listened
                logger.LogInformation("Listening for changes made on other nodes");
                while (true)
                {
                    if (await connection.WaitAsync(TimeSpan.FromSeconds(15), stop)) continue;
                    // Quiet for a while: make sure the connection is still alive.
                    await using var ping = new NpgsqlCommand("SELECT 1", connection);
                    await ping.ExecuteScalarAsync(stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                var wasListening = _listening;
                _listening = false;
                DeliverAll();
                if (wasListening)
                    logger.LogWarning("Lost the connection listening for changes ({Reason}); caches are dropped and checked within {Bound} until it is back",
                        e.Message, MaxStaleness);
                try
                {
                    await Task.Delay(Options.ReconnectDelay, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        _listening = false;
    }

    private void OnNotification(string payload)
    {
        var parts = payload.Split('\n', 3);
        if (parts.Length != 3) return;
        if (_echoes.TryGetValue(parts[0], out var echo))
        {
            echo.TrySetResult();
            return; // delivered locally when it was published
        }
        if (parts[0].StartsWith(_origin, StringComparison.Ordinal)) return;
        Deliver(parts[1], parts[2].Length == 0 ? null : parts[2]);
    }
}
