using Hangfire;
using StatusPage.Persistence;
using StatusPage.Public;

namespace StatusPage.Notifications;

/// <summary>Records events in the unit of work and, once saved, queues their dispatch and refreshes the page.</summary>
internal sealed class StatusEvents(StatusPageDbContext db, TimeProvider clock, IBackgroundJobClient jobs, StatusPageCache cache)
{
    private readonly List<Guid> _pending = [];

    public StatusEvent Add(StatusEventKind kind, string key, DateTimeOffset at, string title, string body,
        IEnumerable<Guid> componentIds, Guid? incidentId = null, Guid? maintenanceId = null)
    {
        var e = new StatusEvent
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), Key = key, Kind = kind, At = at, Title = title, Body = body,
            ComponentIds = string.Join(',', componentIds.Distinct()), IncidentId = incidentId, MaintenanceId = maintenanceId,
        };
        db.Events.Add(e);
        _pending.Add(e.Id);
        return e;
    }

    /// <summary>Saves the unit of work, then dispatches what it recorded. A dispatch lost between the two is
    /// picked up by the recurring <see cref="StatusNotificationJob.DispatchPendingAsync"/>.</summary>
    public async Task SaveAndPublishAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync();
        foreach (var id in _pending)
            jobs.Enqueue<StatusNotificationJob>(job => job.DispatchAsync(id, CancellationToken.None));
        _pending.Clear();
    }
}
