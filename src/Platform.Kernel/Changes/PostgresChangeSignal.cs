using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Kernel.Changes;

/// <summary>
/// The change signal of several nodes on one PostgreSQL database: <c>pg_notify</c> on channel <see cref="Channel"/>,
/// and one connection per node that <c>LISTEN</c>s for it in the background. A node that has dropped its entries
/// answers with an acknowledgement on the same channel, and the publisher waits (at most
/// <see cref="ChangeSignalOptions.EchoTimeout"/>) until every listening node has answered: once the changing request
/// returns, the very next request to any node gets the new answer. When the listening connection drops, every
/// subscriber drops everything (notifications may have been missed) and again once it listens anew; meanwhile
/// <see cref="IChangeSignal.MaxStaleness"/> bounds what a cache may serve unchecked.
/// </summary>
public sealed class PostgresChangeSignal(string connectionString, ChangeSignalOptions options, ILogger<PostgresChangeSignal> logger)
    : InProcessChangeSignal(options), IHostedService, IAsyncDisposable
{
    public const string Channel = "platform_changes";

    /// <summary>The listening connection's application name (operators find it in <c>pg_stat_activity</c>).</summary>
    public const string ListenerName = "platform-change-listener";

    private const string Change = "C", Ack = "A";

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, Waiter> _waiting = new();
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
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            Waiter? waiter = null;
            if (_listening)
            {
                // Every listening node answers, this one included (its own notification coming back).
                await using var count = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
                count.Parameters.AddWithValue("name", ListenerName);
                waiter = _waiting.GetOrAdd(id, _ => new Waiter(0));
                waiter.Expect((int)(long)(await count.ExecuteScalarAsync(cancellationToken))!);
            }
            await NotifyAsync(connection, Change + "\n" + id + "\n" + topic + "\n" + key, cancellationToken);
            if (waiter is not null) await waiter.Done.WaitAsync(Options.EchoTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogInformation("Change of {Topic} sent; not every node acknowledged it within {Timeout} (they see it within {Bound})",
                topic, Options.EchoTimeout, MaxStaleness);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning("Could not notify other nodes of a change of {Topic} ({Reason}); they see it within {Bound}",
                topic, e.Message, MaxStaleness);
        }
        finally
        {
            _waiting.TryRemove(id, out _);
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

    private static async Task NotifyAsync(NpgsqlConnection connection, string payload, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task AcknowledgeAsync(string id)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(_stopping.Token);
            await NotifyAsync(connection, Ack + "\n" + id, _stopping.Token);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or OperationCanceledException)
        {
            // The publisher stops waiting after its timeout; the change itself was applied here.
        }
    }

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
        var parts = payload.Split('\n', 4);
        if (parts is [Ack, var acked])
        {
            if (_waiting.TryGetValue(acked, out var waiter)) waiter.Answered();
            return;
        }
        if (parts is not [Change, var id, var topic, var key]) return;
        if (!id.StartsWith(_origin, StringComparison.Ordinal)) Deliver(topic, key.Length == 0 ? null : key);
        // Dropped here (or, for our own, when published): say so, the publisher waits for every node.
        if (_waiting.TryGetValue(id, out var own)) own.Answered();
        else _ = Task.Run(() => AcknowledgeAsync(id));
    }

    /// <summary>Counts the answers to one notification; done when as many came as nodes were listening.</summary>
    private sealed class Waiter(int expected)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _expected = expected;
        private int _answered;

        public Task Done => _done.Task;

        public void Expect(int count)
        {
            Volatile.Write(ref _expected, count);
            if (Volatile.Read(ref _answered) >= count) _done.TrySetResult();
        }

        public void Answered()
        {
            if (Interlocked.Increment(ref _answered) >= Volatile.Read(ref _expected) && Volatile.Read(ref _expected) > 0) _done.TrySetResult();
        }
    }
}
