using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Catalog;
using StatusPage.Incidents;
using StatusPage.Maintenance;

namespace StatusPage.Public;

/// <summary>
/// The status as Atlassian Statuspage's public API v2 writes it (<c>/api/v2/*.json</c>), so monitors and client
/// libraries that read Statuspage read this page unchanged. Products become component groups
/// (<c>group: true</c>, their components listed by id). Texts stay as written (Dutch); field names, enums and
/// timestamps (ISO 8601, UTC) follow Statuspage. Maintenance that happened without being announced is listed too, as
/// on the HTML page.
/// </summary>
internal sealed class StatuspageJson(StatusPageDbContext db, StatusSnapshotBuilder snapshots, StatusLinks links, TimeProvider clock)
{
    /// <summary>Statuspage lists the 50 most recent incidents and maintenances.</summary>
    public const int Limit = 50;

    /// <summary>The page id: stable, so clients keyed on it keep working.</summary>
    public const string PageId = "mijn-burgerprofiel";

    public enum Document { Summary, Status, Components, Incidents, UnresolvedIncidents, Maintenances, UpcomingMaintenances, ActiveMaintenances }

    private sealed record Data(DateTimeOffset Now, StatusSnapshot Snapshot, List<Product> Products, List<StatusIncident> Incidents,
        List<PlannedMaintenance> Maintenance, ILookup<Guid, StatusEvent> MaintenanceEvents, DateTimeOffset UpdatedAt);

    public async Task<byte[]> BuildAsync(Document document, CancellationToken ct)
    {
        var data = await LoadAsync(ct);
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            Page(w, data);
            switch (document)
            {
                case Document.Summary:
                    Components(w, data);
                    Incidents(w, data, data.Incidents.Where(i => i.ResolvedAt is null));
                    Maintenances(w, data, m => m.StatusAt(data.Now) != MaintenanceStatus.Completed);
                    Status(w, data);
                    break;
                case Document.Status: Status(w, data); break;
                case Document.Components: Components(w, data); break;
                case Document.Incidents: Incidents(w, data, data.Incidents); break;
                case Document.UnresolvedIncidents: Incidents(w, data, data.Incidents.Where(i => i.ResolvedAt is null)); break;
                case Document.Maintenances: Maintenances(w, data, _ => true); break;
                case Document.UpcomingMaintenances: Maintenances(w, data, m => m.StatusAt(data.Now) == MaintenanceStatus.Scheduled); break;
                case Document.ActiveMaintenances: Maintenances(w, data, m => m.StatusAt(data.Now) == MaintenanceStatus.InProgress); break;
            }
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private async Task<Data> LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var snapshot = (await snapshots.BuildAsync(null, 1, 1, ct))!;
        var products = await db.Products.AsNoTracking().Include(p => p.Components).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync(ct);
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery()
            .OrderByDescending(i => i.StartedAt).Take(Limit).ToListAsync(ct);
        var open = await db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery()
            .Where(i => i.ResolvedAt == null).ToListAsync(ct);
        incidents = incidents.UnionBy(open, i => i.Id).OrderByDescending(i => i.StartedAt).ToList();
        // Drafts are not public until their time has come; then they happened, unannounced.
        var maintenance = await db.Maintenance.AsNoTracking().Include(m => m.Components)
            .Where(m => m.CancelledAt == null && (m.AnnouncedAt != null || m.StartedAt != null || m.ScheduledStart <= now))
            .OrderByDescending(m => m.ScheduledStart).Take(Limit).ToListAsync(ct);
        var ids = maintenance.Select(m => (Guid?)m.Id).ToList();
        var events = (await db.Events.AsNoTracking().Where(e => ids.Contains(e.MaintenanceId)).ToListAsync(ct)).ToLookup(e => e.MaintenanceId!.Value);
        var updated = new[] { snapshot.At }.Concat(incidents.SelectMany(i => i.Updates).Select(u => u.At))
            .Concat(events.SelectMany(e => e).Select(e => e.At).Where(at => at <= now)).Max();
        return new Data(now, snapshot, products, incidents, maintenance, events, updated);
    }

    private void Page(Utf8JsonWriter w, Data data)
    {
        w.WriteStartObject("page");
        w.WriteString("id", PageId);
        w.WriteString("name", "Mijn Burgerprofiel-platform");
        w.WriteString("url", links.StatusPage);
        w.WriteString("time_zone", "Europe/Brussels");
        Time(w, "updated_at", data.UpdatedAt);
        w.WriteEndObject();
    }

    /// <summary>Statuspage documents four indicators (none, minor, major, critical); maintenance in progress reads as
    /// minor, with a description that says it is maintenance.</summary>
    public static (string Indicator, string Description) Indicator(ComponentStatus overall) => overall switch
    {
        ComponentStatus.Operational => ("none", "All Systems Operational"),
        ComponentStatus.DegradedPerformance => ("minor", "Minor Service Outage"),
        ComponentStatus.UnderMaintenance => ("minor", "Service Under Maintenance"),
        ComponentStatus.PartialOutage => ("major", "Partial System Outage"),
        _ => ("critical", "Major Service Outage"),
    };

    private static void Status(Utf8JsonWriter w, Data data)
    {
        var (indicator, description) = Indicator(ComponentStatusDerivation.Overall(data.Snapshot.Statuses));
        w.WriteStartObject("status");
        w.WriteString("indicator", indicator);
        w.WriteString("description", description);
        w.WriteEndObject();
    }

    public static string ComponentStatusValue(ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => "operational",
        ComponentStatus.DegradedPerformance => "degraded_performance",
        ComponentStatus.PartialOutage => "partial_outage",
        ComponentStatus.MajorOutage => "major_outage",
        _ => "under_maintenance",
    };

    private static void Components(Utf8JsonWriter w, Data data)
    {
        var statuses = data.Snapshot.Products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Status);
        var overall = data.Snapshot.Products.ToDictionary(p => p.Id, p => p.Overall);
        var lastChange = data.Incidents.SelectMany(i => i.Impacts).SelectMany(x => new[] { (x.ComponentId, At: x.Start), (x.ComponentId, At: x.End ?? x.Start) })
            .ToLookup(x => x.ComponentId, x => x.At);
        w.WriteStartArray("components");
        var position = 0;
        foreach (var p in data.Products)
        {
            var children = p.Components.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToList();
            w.WriteStartObject();
            ComponentFields(w, p.Id, p.Name, overall.GetValueOrDefault(p.Id), p.CreatedAt, p.CreatedAt, ++position, p.Description, null, group: true);
            w.WriteStartArray("components");
            foreach (var c in children) w.WriteStringValue(c.Id.ToString());
            w.WriteEndArray();
            w.WriteEndObject();
            foreach (var c in children)
            {
                var updated = lastChange[c.Id].Append(c.TrackedSince).Max();
                w.WriteStartObject();
                ComponentFields(w, c.Id, c.Name, statuses.GetValueOrDefault(c.Id), c.TrackedSince, updated, ++position, c.Group, p.Id, group: false);
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
    }

    private static void ComponentFields(Utf8JsonWriter w, Guid id, string name, ComponentStatus status, DateTimeOffset created, DateTimeOffset updated,
        int position, string? description, Guid? groupId, bool group)
    {
        w.WriteString("id", id.ToString());
        w.WriteString("name", name);
        w.WriteString("status", ComponentStatusValue(status));
        Time(w, "created_at", created);
        Time(w, "updated_at", updated);
        w.WriteNumber("position", position);
        if (description is null) w.WriteNull("description"); else w.WriteString("description", description);
        w.WriteBoolean("showcase", true);
        w.WriteString("start_date", DateOnly.FromDateTime(created.UtcDateTime).ToString("yyyy-MM-dd"));
        if (groupId is null) w.WriteNull("group_id"); else w.WriteString("group_id", groupId.Value.ToString());
        w.WriteString("page_id", PageId);
        w.WriteBoolean("group", group);
        w.WriteBoolean("only_show_if_degraded", false);
    }

    public static string Impact(IEnumerable<ImpactLevel> levels) =>
        levels.Select(l => l.ToComponentStatus()).Worst() switch
        {
            ComponentStatus.MajorOutage => "critical",
            ComponentStatus.PartialOutage => "major",
            ComponentStatus.DegradedPerformance => "minor",
            _ => "none",
        };

    private void Incidents(Utf8JsonWriter w, Data data, IEnumerable<StatusIncident> incidents)
    {
        var names = data.Products.SelectMany(p => p.Components).ToDictionary(c => c.Id);
        var statuses = data.Snapshot.Products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Status);
        w.WriteStartArray("incidents");
        foreach (var i in incidents)
        {
            var updates = i.Updates.OrderByDescending(u => u.At).ToList();
            w.WriteStartObject();
            w.WriteString("id", i.Id.ToString());
            w.WriteString("name", i.Title);
            w.WriteString("status", i.Status.ToString().ToLowerInvariant());
            Time(w, "created_at", i.StartedAt);
            Time(w, "updated_at", updates.Count > 0 ? updates[0].At : i.StartedAt);
            var monitoring = updates.LastOrDefault(u => u.Status == IncidentUpdateStatus.Monitoring)?.At;
            if (monitoring is null) w.WriteNull("monitoring_at"); else Time(w, "monitoring_at", monitoring.Value);
            if (i.ResolvedAt is null) w.WriteNull("resolved_at"); else Time(w, "resolved_at", i.ResolvedAt.Value);
            w.WriteString("impact", Impact(i.Impacts.Select(x => x.Level)));
            w.WriteString("shortlink", links.StatusPage);
            Time(w, "started_at", i.StartedAt);
            w.WriteString("page_id", PageId);
            w.WriteStartArray("incident_updates");
            foreach (var u in updates)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id.ToString());
                w.WriteString("status", u.Status.ToString().ToLowerInvariant());
                w.WriteString("body", u.Message);
                w.WriteString("incident_id", i.Id.ToString());
                Time(w, "created_at", u.At);
                Time(w, "updated_at", u.At);
                Time(w, "display_at", u.At);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("components");
            foreach (var id in i.Impacts.Select(x => x.ComponentId).Distinct().Where(names.ContainsKey))
                ComponentRef(w, names[id], statuses.GetValueOrDefault(id));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void ComponentRef(Utf8JsonWriter w, Component c, ComponentStatus status)
    {
        w.WriteStartObject();
        ComponentFields(w, c.Id, c.Name, status, c.TrackedSince, c.TrackedSince, c.SortOrder + 1, c.Group, c.ProductId, group: false);
        w.WriteEndObject();
    }

    public static string MaintenanceStatusValue(MaintenanceStatus status) => status switch
    {
        MaintenanceStatus.Scheduled => "scheduled",
        MaintenanceStatus.InProgress => "in_progress",
        _ => "completed",
    };

    private void Maintenances(Utf8JsonWriter w, Data data, Func<PlannedMaintenance, bool> which)
    {
        var names = data.Products.SelectMany(p => p.Components).ToDictionary(c => c.Id);
        var statuses = data.Snapshot.Products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Status);
        w.WriteStartArray("scheduled_maintenances");
        foreach (var m in data.Maintenance.Where(which))
        {
            var status = m.StatusAt(data.Now);
            var updates = data.MaintenanceEvents[m.Id].Where(e => e.At <= data.Now).OrderByDescending(e => e.At).ToList();
            var updatedAt = updates.Count > 0 ? updates[0].At : m.AnnouncedAt ?? m.Start;
            w.WriteStartObject();
            w.WriteString("id", m.Id.ToString());
            w.WriteString("name", m.Title);
            w.WriteString("status", MaintenanceStatusValue(status));
            Time(w, "created_at", m.CreatedAt);
            Time(w, "updated_at", updatedAt);
            w.WriteNull("monitoring_at");
            if (status == MaintenanceStatus.Completed) Time(w, "resolved_at", m.End); else w.WriteNull("resolved_at");
            w.WriteString("impact", "none");
            w.WriteString("shortlink", links.StatusPage);
            if (status == MaintenanceStatus.Scheduled) w.WriteNull("started_at"); else Time(w, "started_at", m.Start);
            w.WriteString("page_id", PageId);
            Time(w, "scheduled_for", m.ScheduledStart);
            Time(w, "scheduled_until", m.ScheduledEnd);
            w.WriteStartArray("incident_updates");
            foreach (var e in updates)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id.ToString());
                w.WriteString("status", e.Kind switch
                {
                    StatusEventKind.MaintenanceStarted => "in_progress",
                    StatusEventKind.MaintenanceCompleted => "completed",
                    _ => "scheduled",
                });
                w.WriteString("body", e.Body);
                w.WriteString("incident_id", m.Id.ToString());
                Time(w, "created_at", e.At);
                Time(w, "updated_at", e.At);
                Time(w, "display_at", e.At);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("components");
            foreach (var id in m.Components.Select(c => c.ComponentId).Where(names.ContainsKey))
                ComponentRef(w, names[id], statuses.GetValueOrDefault(id));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Time(Utf8JsonWriter w, string name, DateTimeOffset at) =>
        w.WriteString(name, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
}
