using System.Security.Claims;
using Platform.Kernel.Formatting;
using Platform.Kernel.Home;
using Platform.Kernel.Security;
using ServiceDesk.Queue;
using ServiceDesk.Reports;

namespace ServiceDesk.Home;

/// <summary>The desk's home-page figures: the queue counted the way the queue filters it (same query, same clocks), and
/// this month's service levels from the monthly report. Agents and platform admins see all tenants; a tenant admin
/// sees the own tenant's open incidents.</summary>
internal sealed class ServiceDeskHomeFigures(IncidentQueries queries, ReportService reports, TimeProvider clock) : IHomeFigures
{
    private const int TrendMonths = 6;

    public async Task<IReadOnlyList<FigurePanel>> PanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var actor = Actor.From(user);
        var ct = cancellationToken;
        if (actor.IsStaff)
        {
            var open = (await queries.ListAsync(actor, new IncidentFilter(), ct)).Value!;
            var panels = new List<FigurePanel> { ByPriority(open) };
            if (user.IsInRole(Roles.Agent))
            {
                panels.Add(Clocks(open));
                panels.AddRange(await ServiceLevelsAsync(ct));
            }
            return panels;
        }
        if (actor.IsTenantAdmin && actor.TenantId is not null)
        {
            var open = (await queries.ListAsync(actor, new IncidentFilter(), ct)).Value!;
            return [new FigurePanel("tenant-incidents", "Open incidenten", 30,
                [Count("open", "Open incidenten bij de servicedesk", open.Count, "/servicedesk?status=open")])];
        }
        return [];
    }

    private static FigurePanel ByPriority(IReadOnlyList<IncidentRow> open) =>
        new("desk-open", "Open incidenten per prioriteit", 20,
            [.. Enum.GetValues<Priority>().Select(p =>
                Count(p.ToString(), p.ToString(), open.Count(r => r.Incident.Priority == p), $"/servicedesk/wachtrij?priority={p}"))],
            FigureChart.Bars, "Alle lokale besturen, ook opgeloste waarvan de melder nog geen antwoord kreeg.");

    private FigurePanel Clocks(IReadOnlyList<IncidentRow> open)
    {
        var now = clock.GetUtcNow();
        return new("desk-clocks", "Termijnen", 21,
        [
            Count("due-today", "Vervalt vandaag", open.Count(r => r.DueToday(now)), "/servicedesk/wachtrij?vervalt=vandaag"),
            Count("breaching-soon", "Bijna vervallen", open.Count(r => r.BreachingSoon), "/servicedesk/wachtrij?vervalt=binnenkort"),
            Count("breached", "Nu te laat", open.Count(r => r.Breached), "/servicedesk/wachtrij?breached=ja"),
        ]);
    }

    private async Task<IReadOnlyList<FigurePanel>> ServiceLevelsAsync(CancellationToken ct)
    {
        var today = Dutch.ToBrussels(clock.GetUtcNow());
        var months = Enumerable.Range(0, TrendMonths).Select(i => new DateTime(today.Year, today.Month, 1).AddMonths(i - TrendMonths + 1)).ToList();
        var results = new List<MonthlyReportFigures>();
        foreach (var m in months) results.Add(await reports.BuildAsync(null, m.Year, m.Month, ct));
        var current = results[^1];
        var link = $"/servicedesk/rapporten?year={current.Year}&month={current.Month}";
        var monthName = new DateTime(current.Year, current.Month, 1).ToString("MMMM yyyy", Dutch.Culture);
        var breachedIncidents = current.Breaches.Select(b => b.Key).Distinct().Count();
        var levels = new FigurePanel("desk-sla", $"Termijnen gehaald in {monthName}", 22,
            [.. Enum.GetValues<Priority>().Select(p => Percent(p.ToString(), p.ToString(),
                current.ByPriority.TryGetValue(p, out var s) ? Met(s.Response, s.Resolution) : null, link)),
             Count("breached-month", "Incidenten te laat deze maand", breachedIncidents, link)],
            FigureChart.None, "Reactie- en oplostermijnen samen, van de incidenten gemeld deze maand waarvan de uitkomst vaststaat.");
        var trend = new FigurePanel("desk-trend", "Verloop van de gehaalde termijnen", 23,
            [.. results.Select(r => Percent($"{r.Year}-{r.Month:00}", new DateTime(r.Year, r.Month, 1).ToString("MMM yyyy", Dutch.Culture),
                Met(r.Response, r.Resolution), $"/servicedesk/rapporten?year={r.Year}&month={r.Month}"))],
            FigureChart.Trend, $"Alle prioriteiten samen, de laatste {TrendMonths} maanden.");
        return [levels, trend];
    }

    /// <summary>Met share over both clocks whose outcome is known; null when none is known yet.</summary>
    private static decimal? Met(ObjectiveStats response, ObjectiveStats resolution)
    {
        var known = response.Met + response.Breached + resolution.Met + resolution.Breached;
        return known == 0 ? null : Math.Round(100m * (response.Met + resolution.Met) / known, 1);
    }

    private static Figure Count(string key, string label, int count, string href) =>
        new(key, label, count, Dutch.Number(count), href, count);

    private static Figure Percent(string key, string label, decimal? value, string href) =>
        new(key, label, value, value is { } v ? v.ToString("0.#", Dutch.Culture) + " %" : "nog geen", href);
}
