using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using StatusPage.Persistence;

namespace StatusPage.Incidents;

/// <summary>One row of the agents' incident history.</summary>
public sealed record StatusIncidentListItem(Guid Id, string Title, string Status, string StatusText, DateTimeOffset StartedAt, DateTimeOffset? ResolvedAt);

/// <summary>The status incidents for agents, thousands of them: search on title, sortable, paged in the database.
/// Used by <c>/beheer/status</c> (the resolved ones) and <c>GET /api/status/incidents/overview</c>.</summary>
internal sealed class IncidentList(StatusPageDbContext db)
{
    public const string DefaultSort = "begonnen";

    private static readonly SortMap<StatusIncident> Sorts = new SortMap<StatusIncident>()
        .Add(DefaultSort, i => i.StartedAt)
        .Add("opgelost", i => i.ResolvedAt)
        .Add("titel", i => i.Title);

    public static PageRequest Request(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, Sorts.Keys, DefaultSort, defaultDescending: true);

    /// <param name="resolved">True: resolved only; false: open only; null: all.</param>
    public async Task<PagedList<StatusIncidentListItem>> ListAsync(PageRequest request, bool? resolved, CancellationToken ct)
    {
        var query = db.Incidents.AsNoTracking();
        if (resolved is { } r) query = r ? query.Where(i => i.ResolvedAt != null) : query.Where(i => i.ResolvedAt == null);
        if (request.Search is { } text)
        {
            var words = text.ToLower();
            query = query.Where(i => i.Title.ToLower().Contains(words));
        }
        var page = await Sorts.Apply(query, request).ThenByDescending(i => i.StartedAt).ThenBy(i => i.Id).ToPagedListAsync(request, ct);
        return page.Select(i => new StatusIncidentListItem(i.Id, i.Title, i.Status.ToString(), i.Status.ToDutch(), i.StartedAt, i.ResolvedAt));
    }
}

internal static class IncidentListApi
{
    public static void MapIncidentListApi(this RouteGroupBuilder api) =>
        api.MapGet("/incidents/overview", async (IncidentList list, int? page, int? size, string? sort, string? dir, string? q, bool? resolved, CancellationToken ct) =>
                TypedResults.Ok(await list.ListAsync(IncidentList.Request(page, size, sort, dir, q), resolved, ct)))
            .WithSummary("Status incidents, one page at a time: q searches the title; resolved=true/false; sort begonnen (default, newest " +
                "first), opgelost or titel; dir asc or desc. Out-of-range page or size and unknown sort values are clamped.");
}
