namespace Platform.Kernel.Changes;

/// <summary>
/// Tells every node that something cached has changed, so each drops its copy and the next request reads fresh.
/// A module calls <see cref="PublishAsync"/> after it saved a change; a cache calls <see cref="Subscribe"/> once.
/// A notification can be lost (a dropped connection): a cache must therefore never serve an answer older than
/// <see cref="MaxStaleness"/> without checking it against the database.
/// </summary>
public interface IChangeSignal
{
    /// <summary>Announces a change of <paramref name="topic"/> (one entry by <paramref name="key"/>, or all when null).
    /// This node's subscribers have run when it returns; other nodes are told at once. Never throws for a failed
    /// notification: the change is saved, other nodes then see it within <see cref="MaxStaleness"/>.</summary>
    Task PublishAsync(string topic, string? key = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="onChange"/> with the key of every change of <paramref name="topic"/>; with null when
    /// all entries must go (a change of everything, or notifications that may have been missed).</summary>
    IDisposable Subscribe(string topic, Action<string?> onChange);

    /// <summary>The safety bound: how old a cached answer may be before it is checked against the database.</summary>
    TimeSpan MaxStaleness { get; }
}
