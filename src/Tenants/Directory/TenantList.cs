using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;
using Tenants.Persistence;

namespace Tenants.Directory;

/// <param name="ProgressDone">Onboarding checklist steps done (of <c>ProgressTotal</c>).</param>
/// <param name="LatestInhabitants">The most recent registered count and its year, if any.</param>
public sealed record TenantListItem(
    Guid Id, string Slug, string Name, int? LatestInhabitants, int? InhabitantsYear, DateOnly? GoLive, int? PublishedVersion,
    int ProgressDone, int ProgressTotal);

/// <summary>The platform admins' list of tenants: search on name or slug, sortable, paged in the database (300 tenants
/// and more), each row with its onboarding progress. Used by the page and by <c>GET /api/tenants/list</c>.</summary>
internal sealed class TenantList(TenantsDbContext db, Checklist.ChecklistReader checklist)
{
    public const string DefaultSort = "naam";

    // Member-initialised (not positional) so EF can still filter and order on the projected members.
    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public int? Inhabitants { get; init; }
        public int? Year { get; init; }
        public DateOnly? AppStore { get; init; }
        public DateOnly? PlayStore { get; init; }
        public int? Version { get; init; }
    }

    private static readonly SortMap<Row> Sorts = new SortMap<Row>()
        .Add("naam", r => r.Name)
        .Add("slug", r => r.Slug)
        .Add("inwoners", r => r.Inhabitants)
        .Add("golive", r => r.AppStore > r.PlayStore ? r.AppStore : r.PlayStore)
        .Add("versie", r => r.Version);

    public static IReadOnlyCollection<string> SortKeys => Sorts.Keys;

    public static PageRequest Request(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, SortKeys, DefaultSort);

    /// <param name="stage">Only the tenants in this stage on <paramref name="today"/> (<see cref="TenantStages.Of"/>, in SQL).</param>
    public async Task<PagedList<TenantListItem>> ListAsync(PageRequest request, CancellationToken ct, TenantStage? stage = null, DateOnly today = default)
    {
        // Platform admins only: the app versions of every tenant are read across tenants on purpose.
        var versions = AcrossTenants.Versions(db);
        var tenants = db.Tenants.AsNoTracking();
        tenants = stage switch
        {
            TenantStage.Ended => tenants.Where(t => t.TerminationEffectiveOn != null && t.TerminationEffectiveOn <= today),
            TenantStage.Live => tenants.Where(t => !(t.TerminationEffectiveOn != null && t.TerminationEffectiveOn <= today)
                && t.AppStoreDate != null && t.PlayStoreDate != null && t.AppStoreDate <= today && t.PlayStoreDate <= today),
            TenantStage.Onboarding => tenants.Where(t => !(t.TerminationEffectiveOn != null && t.TerminationEffectiveOn <= today)
                && !(t.AppStoreDate != null && t.PlayStoreDate != null && t.AppStoreDate <= today && t.PlayStoreDate <= today)),
            _ => tenants,
        };
        var rows = tenants.Select(t => new Row
        {
            Id = t.Id, Slug = t.Slug, Name = t.Name,
            Inhabitants = t.Inhabitants.OrderByDescending(i => i.Year).Select(i => (int?)i.Count).FirstOrDefault(),
            Year = t.Inhabitants.OrderByDescending(i => i.Year).Select(i => (int?)i.Year).FirstOrDefault(),
            AppStore = t.AppStoreDate, PlayStore = t.PlayStoreDate,
            Version = versions.Where(v => v.TenantId == t.Id).Max(v => (int?)v.Number),
        });
        if (request.Search is { } text)
        {
            var words = text.ToLower();
            rows = rows.Where(r => r.Name.ToLower().Contains(words) || r.Slug.Contains(words));
        }
        var sorted = Sorts.Apply(rows, request);
        // A stable order within equal keys, so paging never repeats or skips a row.
        var page = await sorted.ThenBy(r => r.Name).ThenBy(r => r.Id).ToPagedListAsync(request, ct);
        var progress = await checklist.ProgressOfAsync(page.Items.Select(r => r.Id).ToList(), ct);
        return page.Select(r =>
        {
            var (done, total) = progress.GetValueOrDefault(r.Id);
            return new TenantListItem(r.Id, r.Slug, r.Name, r.Inhabitants, r.Year,
                r.AppStore is { } a && r.PlayStore is { } p ? (a > p ? a : p) : null, r.Version, done, total);
        });
    }
}

internal static class TenantListApi
{
    public static void MapTenantListApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tenants/overview", async (TenantList list, int? page, int? size, string? sort, string? dir, string? q, CancellationToken ct) =>
                TypedResults.Ok(await list.ListAsync(TenantList.Request(page, size, sort, dir, q), ct)))
            .WithTags("Tenants").RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Tenants, one page at a time: q searches name and slug; sort naam, slug, inwoners, golive or versie; dir asc or desc. " +
                "Out-of-range page or size and unknown sort values are clamped to the nearest valid value.");
}
