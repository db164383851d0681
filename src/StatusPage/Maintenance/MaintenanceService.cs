using Microsoft.EntityFrameworkCore;
using StatusPage.Auditing;
using StatusPage.Incidents;
using StatusPage.Notifications;
using StatusPage.Persistence;

namespace StatusPage.Maintenance;

internal sealed record NewMaintenance(string Title, string Description, DateTimeOffset Start, DateTimeOffset End,
    IReadOnlyList<Guid> ComponentIds, bool Announce);

/// <summary>Plans, announces, starts and completes maintenance windows; each step is audited and told once.</summary>
internal sealed class MaintenanceService(StatusPageDbContext db, TimeProvider clock, StatusAudit audit, StatusEvents events)
{
    public async Task<Outcome<PlannedMaintenance>> PlanAsync(NewMaintenance input, Guid? userId, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, ct);
        if (errors.Count > 0) return Outcome<PlannedMaintenance>.Invalid(errors);
        var now = clock.GetUtcNow();
        var m = new PlannedMaintenance
        {
            Id = Guid.CreateVersion7(now), Title = input.Title.Trim(), Description = input.Description.Trim(),
            ScheduledStart = input.Start, ScheduledEnd = input.End, CreatedAt = now,
            Components = input.ComponentIds.Distinct().Select(c => new MaintenanceComponent { ComponentId = c }).ToList(),
        };
        db.Maintenance.Add(m);
        audit.Record(userId, "maintenance.planned", m.Id, input);
        if (input.Announce) await AnnounceCoreAsync(m, userId, ct);
        await events.SaveAndPublishAsync(ct);
        return Outcome<PlannedMaintenance>.Success(m);
    }

    public Task<Outcome<PlannedMaintenance>> AnnounceAsync(Guid id, Guid? userId, CancellationToken ct) =>
        ChangeAsync(id, userId, ct, async m =>
        {
            if (m.AnnouncedAt is not null) return "Dit onderhoud is al aangekondigd.";
            await AnnounceCoreAsync(m, userId, ct);
            return null;
        });

    public Task<Outcome<PlannedMaintenance>> StartAsync(Guid id, Guid? userId, CancellationToken ct) =>
        ChangeAsync(id, userId, ct, async m =>
        {
            if (m.StatusAt(clock.GetUtcNow()) != MaintenanceStatus.Scheduled || m.StartedAt is not null) return "Dit onderhoud is al gestart.";
            m.StartedAt = clock.GetUtcNow();
            audit.Record(userId, "maintenance.started", m.Id, new { m.StartedAt });
            await AddEventAsync(m, StatusEventKind.MaintenanceStarted, ct);
            return null;
        });

    public Task<Outcome<PlannedMaintenance>> CompleteAsync(Guid id, Guid? userId, CancellationToken ct) =>
        ChangeAsync(id, userId, ct, async m =>
        {
            var now = clock.GetUtcNow();
            if (m.CompletedAt is not null) return "Dit onderhoud is al voltooid.";
            if (m.StartedAt is null && now < m.ScheduledStart) return "Dit onderhoud is nog niet gestart.";
            m.StartedAt ??= m.ScheduledStart;
            m.CompletedAt = TimeRange.Min(now, m.End);
            audit.Record(userId, "maintenance.completed", m.Id, new { m.CompletedAt });
            if (m.AnnouncedAt is not null && !await EventExistsAsync($"maintenance-started:{m.Id}", ct))
                await AddEventAsync(m, StatusEventKind.MaintenanceStarted, ct);
            await AddEventAsync(m, StatusEventKind.MaintenanceCompleted, ct);
            return null;
        });

    /// <summary>Edits or reschedules a window that has not completed: title, description, times, components. Subscribers
    /// are told once of each change (the event key carries the new <see cref="PlannedMaintenance.Sequence"/>); a change
    /// that changes nothing tells nobody. Once begun, the start stays as it was.</summary>
    public async Task<Outcome<PlannedMaintenance>> EditAsync(Guid id, NewMaintenance input, Guid? userId, CancellationToken ct)
    {
        var m = await db.Maintenance.Include(x => x.Components).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Outcome<PlannedMaintenance>.Missing();
        var now = clock.GetUtcNow();
        if (Refusal(m.StatusAt(now), "gewijzigd") is { } refused) return Outcome<PlannedMaintenance>.Conflicting(refused, "status");
        var errors = await ValidateAsync(input, ct);
        var started = m.StatusAt(now) == MaintenanceStatus.InProgress;
        // Forms send whole minutes: a start within a minute of the scheduled or the actual start is "unchanged".
        static bool Same(DateTimeOffset a, DateTimeOffset b) => Math.Abs((a - b).Ticks) < TimeSpan.TicksPerMinute;
        if (started && !Same(input.Start, m.ScheduledStart) && !Same(input.Start, m.Start) && !errors.ContainsKey("start"))
            errors["start"] = ["Het onderhoud is al begonnen: het begin kan niet meer veranderen."];
        if (input.End <= now && !errors.ContainsKey("end")) errors["end"] = ["Het einde moet in de toekomst liggen."];
        if (errors.Count > 0) return Outcome<PlannedMaintenance>.Invalid(errors);

        var before = m.Components.Select(c => c.ComponentId).ToList();
        var wanted = input.ComponentIds.Distinct().ToList();
        var rescheduled = (!started && input.Start != m.ScheduledStart) || input.End != m.ScheduledEnd;
        var changed = rescheduled || input.Title.Trim() != m.Title || input.Description.Trim() != m.Description
            || !before.ToHashSet().SetEquals(wanted);
        if (!changed) return Outcome<PlannedMaintenance>.Success(m);

        m.Title = input.Title.Trim();
        m.Description = input.Description.Trim();
        if (!started) m.ScheduledStart = input.Start;
        m.ScheduledEnd = input.End;
        m.Components.RemoveAll(c => !wanted.Contains(c.ComponentId));
        m.Components.AddRange(wanted.Where(c => !before.Contains(c)).Select(c => new MaintenanceComponent { MaintenanceId = m.Id, ComponentId = c }));
        m.Sequence++;
        m.ChangedAt = now;
        audit.Record(userId, rescheduled ? "maintenance.rescheduled" : "maintenance.edited", m.Id, input);
        // Those who followed a component taken out of the window hear of the change too.
        await AddChangeEventAsync(m, rescheduled ? StatusEventKind.MaintenanceRescheduled : StatusEventKind.MaintenanceChanged,
            before.Union(wanted).ToList(), null, ct);
        await events.SaveAndPublishAsync(ct);
        return Outcome<PlannedMaintenance>.Success(m);
    }

    /// <summary>Cancels a window that has not begun; subscribers are told once, the calendar keeps it as CANCELLED.</summary>
    public Task<Outcome<PlannedMaintenance>> CancelAsync(Guid id, string? reason, Guid? userId, CancellationToken ct) =>
        ChangeAsync(id, userId, ct, async m =>
        {
            var now = clock.GetUtcNow();
            var status = m.StatusAt(now);
            if (status == MaintenanceStatus.InProgress) return "Dit onderhoud is al begonnen: voltooi het in plaats van het te annuleren.";
            if (Refusal(status, "geannuleerd") is { } refused) return refused;
            m.CancelledAt = now;
            m.Sequence++;
            m.ChangedAt = now;
            var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 1000)];
            audit.Record(userId, "maintenance.cancelled", m.Id, new { m.CancelledAt, reason = note });
            await AddChangeEventAsync(m, StatusEventKind.MaintenanceCancelled, m.Components.Select(c => c.ComponentId).ToList(), note, ct);
            return null;
        });

    private static string? Refusal(MaintenanceStatus status, string verb) => status switch
    {
        MaintenanceStatus.Completed => $"Voltooid onderhoud kan niet meer {verb} worden.",
        MaintenanceStatus.Cancelled => $"Geannuleerd onderhoud kan niet meer {verb} worden.",
        _ => null,
    };

    private async Task AddChangeEventAsync(PlannedMaintenance m, StatusEventKind kind, IReadOnlyList<Guid> components, string? note, CancellationToken ct)
    {
        if (m.AnnouncedAt is null) return; // a draft is not public: nobody was told of it, nobody is told of its changes
        var key = kind == StatusEventKind.MaintenanceCancelled ? $"maintenance-cancelled:{m.Id}" : $"maintenance-changed:{m.Id}:{m.Sequence}";
        events.Add(kind, key, clock.GetUtcNow(), StatusTexts.Title(kind, m.Title),
            StatusTexts.MaintenanceBody(kind, m, await NamesAsync(m.Components.Select(c => c.ComponentId).ToList(), ct), note), components, maintenanceId: m.Id);
    }

    /// <summary>Starts and completes announced maintenance on schedule (run every minute). Idempotent: the unique
    /// event key turns a second run, or a second node, into a no-op.</summary>
    public async Task<int> ProgressAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Maintenance.Include(m => m.Components)
            .Where(m => m.AnnouncedAt != null && m.CancelledAt == null && m.CompletedAt == null && m.ScheduledStart <= now).ToListAsync(ct);
        var changed = 0;
        foreach (var m in due)
        {
            if (m.StartedAt is null) { m.StartedAt = m.ScheduledStart; await AddEventAsync(m, StatusEventKind.MaintenanceStarted, ct); changed++; }
            if (m.ScheduledEnd <= now)
            {
                m.CompletedAt = m.ScheduledEnd;
                await AddEventAsync(m, StatusEventKind.MaintenanceCompleted, ct);
                changed++;
            }
        }
        if (changed > 0)
        {
            try { await events.SaveAndPublishAsync(ct); }
            catch (DbUpdateException) { return 0; } // another node recorded the same transitions first
        }
        return changed;
    }

    public async Task<NotificationPreview> PreviewAsync(NewMaintenance input, CancellationToken ct)
    {
        var m = new PlannedMaintenance { Title = input.Title?.Trim() ?? "", Description = input.Description?.Trim() ?? "", ScheduledStart = input.Start, ScheduledEnd = input.End };
        return new(StatusTexts.Title(StatusEventKind.MaintenanceAnnounced, m.Title),
            StatusTexts.MaintenanceBody(StatusEventKind.MaintenanceAnnounced, m, await NamesAsync(input.ComponentIds, ct)));
    }

    private async Task AnnounceCoreAsync(PlannedMaintenance m, Guid? userId, CancellationToken ct)
    {
        m.AnnouncedAt = clock.GetUtcNow();
        audit.Record(userId, "maintenance.announced", m.Id, new { m.AnnouncedAt });
        await AddEventAsync(m, StatusEventKind.MaintenanceAnnounced, ct);
    }

    private async Task<Outcome<PlannedMaintenance>> ChangeAsync(Guid id, Guid? userId, CancellationToken ct, Func<PlannedMaintenance, Task<string?>> change)
    {
        var m = await db.Maintenance.Include(x => x.Components).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Outcome<PlannedMaintenance>.Missing();
        if (await change(m) is { } conflict) return Outcome<PlannedMaintenance>.Conflicting(conflict, "status");
        await events.SaveAndPublishAsync(ct);
        return Outcome<PlannedMaintenance>.Success(m);
    }

    private async Task AddEventAsync(PlannedMaintenance m, StatusEventKind kind, CancellationToken ct)
    {
        // Drafts are not public: nobody is told of their start or end.
        if (m.AnnouncedAt is null) return;
        var ids = m.Components.Select(c => c.ComponentId).ToList();
        var key = kind switch
        {
            StatusEventKind.MaintenanceAnnounced => "maintenance-announced",
            StatusEventKind.MaintenanceStarted => "maintenance-started",
            _ => "maintenance-completed",
        } + ":" + m.Id;
        var at = kind switch { StatusEventKind.MaintenanceStarted => m.Start, StatusEventKind.MaintenanceCompleted => m.End, _ => clock.GetUtcNow() };
        events.Add(kind, key, at, StatusTexts.Title(kind, m.Title), StatusTexts.MaintenanceBody(kind, m, await NamesAsync(ids, ct)), ids, maintenanceId: m.Id);
    }

    private Task<bool> EventExistsAsync(string key, CancellationToken ct) => db.Events.AnyAsync(e => e.Key == key, ct);

    private async Task<List<string>> NamesAsync(IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await db.Components.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(ct);

    private async Task<Dictionary<string, string[]>> ValidateAsync(NewMaintenance input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors["title"] = ["Geef het onderhoud een titel."];
        else if (input.Title.Trim().Length > 200) errors["title"] = ["De titel is te lang (maximaal 200 tekens)."];
        if (string.IsNullOrWhiteSpace(input.Description)) errors["description"] = ["Beschrijf wat er gebeurt en wat gebruikers merken."];
        if (input.End <= input.Start) errors["end"] = ["Het einde moet na het begin liggen."];
        if (input.ComponentIds is null || input.ComponentIds.Count == 0) errors["componentIds"] = ["Kies minstens één onderdeel."];
        else
        {
            var ids = input.ComponentIds.Distinct().ToList();
            if (await db.Components.CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
                errors["componentIds"] = ["Een van de onderdelen bestaat niet."];
        }
        return errors;
    }
}
