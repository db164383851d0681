using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Tenancy;
using StatusPage.Catalog;
using StatusPage.Notifications;
using StatusPage.Persistence;
using StatusPage.Incidents;
using StatusPage.Maintenance;

namespace StatusPage.Public;

/// <summary>
/// What one tenant's app shows as a banner: only the components behind the features its published app uses, their
/// open incidents and maintenance, and one Dutch sentence (or none when all is well). Cached like /status, with ETag;
/// the features are part of the cache key, so a new publish is picked up as soon as the app configuration cache sees it.
/// </summary>
internal static class AppStatus
{
    public static void MapAppStatus(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/apps/{tenant}/status", GetAsync).AllowAnonymous().RequireCors(PublicEndpoints.CorsPolicy).WithTags("App configuration")
            .WithSummary("The status of the components behind the tenant's published app features, compact, for a banner. Supports If-None-Match.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task GetAsync(HttpContext http, TenantContext current, IPublishedAppFeatures features, StatusPageCache cache)
    {
        var keys = current.Tenant is { } t ? await features.FeatureKeysAsync(t, http.RequestAborted) : null;
        if (current.Tenant is not { } tenant || keys is null)
        {
            await TypedResults.Problem(statusCode: 404, title: "Niet gevonden",
                detail: "Dit lokaal bestuur heeft nog geen gepubliceerde app.").ExecuteAsync(http);
            return;
        }
        await PublicEndpoints.ServeAsync(http, cache, $"app|{tenant.Identifier}|{string.Join(',', keys)}", async sp =>
            (await sp.GetRequiredService<AppStatusJson>().BuildAsync(tenant.Identifier, keys, CancellationToken.None), "application/json; charset=utf-8"));
    }
}

internal sealed class AppStatusJson(StatusPageDbContext db, StatusSnapshotBuilder snapshots, TimeProvider clock)
{
    /// <summary>Planned maintenance shows in the banner from this long before it starts.</summary>
    public static readonly TimeSpan AnnounceAhead = TimeSpan.FromHours(72);

    public async Task<byte[]> BuildAsync(string tenant, IReadOnlyList<string> features, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var snapshot = (await snapshots.BuildAsync(null, 1, 1, ct))!;
        var statuses = snapshot.Products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Status);
        var components = (await db.Components.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct))
            .Where(c => c.Features.Any(features.Contains)).ToList();
        var ids = components.Select(c => c.Id).ToHashSet();
        var incidents = (await db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery()
                .Where(i => i.ResolvedAt == null).ToListAsync(ct))
            .Where(i => i.Impacts.Any(x => ids.Contains(x.ComponentId))).OrderByDescending(i => i.StartedAt).ToList();
        var maintenance = (await db.Maintenance.AsNoTracking().Include(m => m.Components)
                .Where(m => m.CancelledAt == null && m.CompletedAt == null && m.ScheduledEnd >= now && (m.AnnouncedAt != null || m.StartedAt != null || m.ScheduledStart <= now)).ToListAsync(ct))
            .Where(m => m.Components.Any(c => ids.Contains(c.ComponentId)) && m.StatusAt(now) != MaintenanceStatus.Completed)
            .OrderBy(m => m.Start).ToList();
        var overall = components.Select(c => statuses.GetValueOrDefault(c.Id)).Worst();

        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("tenant", tenant);
            w.WriteString("updatedAt", snapshot.At.UtcDateTime);
            w.WriteStartObject("status");
            w.WriteString("indicator", StatuspageJson.Indicator(overall).Indicator);
            w.WriteString("status", StatuspageJson.ComponentStatusValue(overall));
            w.WriteString("description", ComponentStatusDerivation.OverallInDutch([overall]));
            w.WriteEndObject();
            Banner(w, incidents, maintenance, now);
            WriteComponents(w, components, statuses, features);
            WriteIncidents(w, incidents, ids);
            WriteMaintenance(w, maintenance, now);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteComponents(Utf8JsonWriter w, List<Component> components, Dictionary<Guid, ComponentStatus> statuses, IReadOnlyList<string> features)
    {
        w.WriteStartArray("components");
        foreach (var c in components)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteString("status", StatuspageJson.ComponentStatusValue(statuses.GetValueOrDefault(c.Id)));
            w.WriteStartArray("features");
            foreach (var f in c.Features.Where(features.Contains)) w.WriteStringValue(f);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteIncidents(Utf8JsonWriter w, List<StatusIncident> incidents, HashSet<Guid> ids)
    {
        w.WriteStartArray("incidents");
        foreach (var i in incidents)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Id);
            w.WriteString("name", i.Title);
            w.WriteString("status", i.Status.ToString().ToLowerInvariant());
            w.WriteString("impact", StatuspageJson.Impact(i.Impacts.Where(x => x.End is null && ids.Contains(x.ComponentId)).Select(x => x.Level)));
            w.WriteString("startedAt", i.StartedAt.UtcDateTime);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteMaintenance(Utf8JsonWriter w, List<PlannedMaintenance> maintenance, DateTimeOffset now)
    {
        w.WriteStartArray("maintenance");
        foreach (var m in maintenance)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("name", m.Title);
            w.WriteString("status", StatuspageJson.MaintenanceStatusValue(m.StatusAt(now)));
            w.WriteString("scheduledFor", m.Start.UtcDateTime);
            w.WriteString("scheduledUntil", m.End.UtcDateTime);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>One message for the app's banner, the most pressing first: an open incident, maintenance in progress,
    /// maintenance within <see cref="AnnounceAhead"/>; null when there is nothing to say.</summary>
    private static void Banner(Utf8JsonWriter w, List<StatusIncident> incidents, List<PlannedMaintenance> maintenance, DateTimeOffset now)
    {
        string? level = null, text = null;
        if (incidents.Count > 0)
        {
            var worst = incidents.OrderByDescending(i => i.Impacts.Where(x => x.End is null).Select(x => x.Level.ToComponentStatus()).Worst().Severity()).First();
            var latest = worst.Updates.OrderByDescending(u => u.At).FirstOrDefault();
            level = StatuspageJson.Impact(worst.Impacts.Where(x => x.End is null).Select(x => x.Level));
            text = $"Storing: {worst.Title}." + (latest is null ? "" : " " + latest.Message.Trim());
        }
        else if (maintenance.FirstOrDefault(m => m.StatusAt(now) == MaintenanceStatus.InProgress) is { } running)
        {
            level = "maintenance";
            text = $"Onderhoud bezig: {running.Title}, tot {StatusTexts.When(running.End)}.";
        }
        else if (maintenance.FirstOrDefault(m => m.Start - now <= AnnounceAhead) is { } soon)
        {
            level = "info";
            text = $"Gepland onderhoud: {soon.Title}, van {StatusTexts.When(soon.Start)} tot {StatusTexts.When(soon.End)}.";
        }
        if (text is null) { w.WriteNull("banner"); return; }
        w.WriteStartObject("banner");
        w.WriteString("level", level);
        w.WriteString("text", text);
        w.WriteEndObject();
    }
}
