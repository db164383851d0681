using System.Collections.Immutable;

namespace Platform.Kernel.Changes;

/// <summary>The change signal of a single node (SQLite): subscribers on this node are all there is to tell.
/// Also the local half of <see cref="PostgresChangeSignal"/>.</summary>
public class InProcessChangeSignal(ChangeSignalOptions options) : IChangeSignal
{
    private ImmutableList<(string Topic, Action<string?> OnChange)> _subscribers = [];

    protected ChangeSignalOptions Options { get; } = options;

    public TimeSpan MaxStaleness => Options.MaxStaleness;

    public virtual Task PublishAsync(string topic, string? key = null, CancellationToken cancellationToken = default)
    {
        Deliver(topic, key);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(string topic, Action<string?> onChange)
    {
        var subscriber = (topic, onChange);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(subscriber));
        return new Unsubscriber(() => ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(subscriber)));
    }

    protected void Deliver(string topic, string? key)
    {
        foreach (var (t, onChange) in _subscribers)
            if (t == topic) onChange(key);
    }

    /// <summary>Every subscriber drops everything: after a time in which notifications may have been missed.</summary>
    protected void DeliverAll()
    {
        foreach (var (_, onChange) in _subscribers) onChange(null);
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

/// <summary>Configuration section <c>Platform:Changes</c>.</summary>
public sealed class ChangeSignalOptions
{
    public const string Section = "Platform:Changes";

    /// <summary>The safety bound in seconds (<c>Platform:Changes:MaxStalenessSeconds</c>, default 5); must be positive.</summary>
    [System.ComponentModel.DataAnnotations.Range(0.001, double.MaxValue, ErrorMessage = "Platform:Changes:MaxStalenessSeconds must be positive.")]
    public double MaxStalenessSeconds { get; set; } = 5;

    /// <summary>Wait in seconds before listening again after the listening connection dropped (<c>ReconnectSeconds</c>, default 1).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, double.MaxValue, ErrorMessage = "Platform:Changes:ReconnectSeconds must not be negative.")]
    public double ReconnectSeconds { get; set; } = 1;

    public TimeSpan MaxStaleness => TimeSpan.FromSeconds(MaxStalenessSeconds);

    public TimeSpan ReconnectDelay => TimeSpan.FromSeconds(ReconnectSeconds);

    /// <summary>How long a publisher waits for every listening node to acknowledge a change (then it goes on; a node
    /// that did not answer sees the change within <see cref="MaxStaleness"/>).</summary>
    public TimeSpan EchoTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
