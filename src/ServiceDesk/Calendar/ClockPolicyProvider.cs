using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Changes;
using ServiceDesk.Persistence;

namespace ServiceDesk.Calendar;

/// <summary>
/// The stored clock policy with the admins' closing days, as one <see cref="ClockPolicy"/>. Cached briefly so the
/// calendar's year tables stay warm; a change on any node is announced through <see cref="IChangeSignal"/> and drops
/// it on every node, and it is never kept longer than the signal's safety bound.
/// </summary>
internal sealed class ClockPolicyProvider
{
    public const string Topic = "servicedesk.clock-policy";

    private sealed record Loaded(ClockPolicy Policy, DateTimeOffset LoadedAt);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly IChangeSignal changes;
    private readonly TimeSpan ttl;
    private volatile Loaded? cached;
    private int generation;

    public ClockPolicyProvider(IServiceScopeFactory scopes, TimeProvider clock, IChangeSignal changes)
    {
        (this.scopes, this.clock, this.changes) = (scopes, clock, changes);
        ttl = changes.MaxStaleness < TimeSpan.FromSeconds(30) ? changes.MaxStaleness : TimeSpan.FromSeconds(30);
        changes.Subscribe(Topic, _ =>
        {
            Interlocked.Increment(ref generation);
            cached = null;
        });
    }

    public async Task<ClockPolicy> GetAsync(CancellationToken ct = default)
    {
        if (cached is { } c && clock.GetUtcNow() - c.LoadedAt < ttl)
        {
            return c.Policy;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } again && clock.GetUtcNow() - again.LoadedAt < ttl)
            {
                return again.Policy;
            }
            var loadedAt = clock.GetUtcNow();
            var loadedGeneration = Volatile.Read(ref generation);
            var policy = await LoadAsync(ct);
            // A change announced while loading may not be in what was read: keep it only if none came.
            if (loadedGeneration == Volatile.Read(ref generation)) cached = new Loaded(policy, loadedAt);
            return policy;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>After a change of the closing days or the policy: every node (this one before it returns) reloads.</summary>
    public Task ChangedAsync() => changes.PublishAsync(Topic, null, CancellationToken.None);

    /// <summary>Same as <see cref="ChangedAsync"/> for callers that cannot wait.</summary>
    public void Invalidate() => _ = ChangedAsync();

    private async Task<ClockPolicy> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var days = await db.ClosingDays.AsNoTracking().Select(d => d.Date).ToListAsync(ct);
        var record = await db.ClockPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Name == ClockPolicyRecord.ContractName, ct);
        var calendar = new WorkingCalendar(closingDays: days);
        return record is null ? ClockPolicy.ForContract(calendar) : ToPolicy(record, calendar);
    }

    internal static ClockPolicy ToPolicy(ClockPolicyRecord r, WorkingCalendar calendar)
    {
        var targets = new SlaTargets(new Dictionary<Priority, SlaTarget>
        {
            [Priority.P1] = new(TimeSpan.FromMinutes(r.P1ResponseMinutes), TimeSpan.FromMinutes(r.P1ResolutionMinutes)),
            [Priority.P2] = new(TimeSpan.FromMinutes(r.P2ResponseMinutes), TimeSpan.FromMinutes(r.P2ResolutionMinutes)),
            [Priority.P3] = new(TimeSpan.FromMinutes(r.P3ResponseMinutes), TimeSpan.FromMinutes(r.P3ResolutionMinutes)),
            [Priority.P4] = new(TimeSpan.FromMinutes(r.P4ResponseMinutes), TimeSpan.FromMinutes(r.P4ResolutionMinutes)),
        });
        var pausing = r.PausingStatuses
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Enum.Parse<IncidentStatus>)
            .ToHashSet();
        return new ClockPolicy(calendar, targets, pausing);
    }
}
