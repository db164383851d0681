using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Domain;
using ServiceDesk.Persistence;

namespace ServiceDesk.Calendar;

/// <summary>
/// The stored clock policy with the admins' closing days, as one <see cref="ClockPolicy"/>. Cached briefly so the
/// calendar's year tables stay warm; a change on this node invalidates at once, other nodes catch up within the TTL.
/// </summary>
internal sealed class ClockPolicyProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (ClockPolicy Policy, DateTimeOffset LoadedAt)? cached;

    public async Task<ClockPolicy> GetAsync(CancellationToken ct = default)
    {
        if (cached is { } c && clock.GetUtcNow() - c.LoadedAt < Ttl)
        {
            return c.Policy;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } again && clock.GetUtcNow() - again.LoadedAt < Ttl)
            {
                return again.Policy;
            }
            var policy = await LoadAsync(ct);
            cached = (policy, clock.GetUtcNow());
            return policy;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => cached = null;

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
