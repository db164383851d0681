using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;

namespace Billing.Runs;

/// <param name="Year">Runs for that year (a run for every year counts too).</param>
/// <param name="Trigger"><c>dagelijks</c> (the daily job) or <c>financien</c> (started by finance); empty = both.</param>
/// <param name="Search">Part of a local government's name: runs with a line for it.</param>
internal sealed record RunListFilter(int? Year = null, string? Trigger = null, string? Search = null);

/// <summary>The invoice runs list of <c>/facturen/runs</c> and <c>GET /api/billing/invoice-runs/overview</c>: filtered, sorted
/// and paged in the database.</summary>
internal sealed class RunList(BillingDbContext db)
{
    public const string DefaultSort = "gestart";

    private static readonly SortMap<InvoiceRunReport> Sorts = new SortMap<InvoiceRunReport>()
        .Add(DefaultSort, r => r.StartedAt)
        .Add("jaar", r => r.Year ?? 0)
        .Add("opgemaakt", r => r.Prepared)
        .Add("actie", r => r.NeedsAttention);

    public static PageRequest Request(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, Sorts.Keys, DefaultSort, defaultDescending: true);

    /// <summary>The trigger filter's words, or null when the text is none of them.</summary>
    public static RunTrigger? TriggerOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "dagelijks" => RunTrigger.Daily,
        "financien" => RunTrigger.Manual,
        _ => null,
    };

    public async Task<PagedList<InvoiceRunReport>> PageAsync(RunListFilter filter, PageRequest request, CancellationToken ct)
    {
        var runs = db.Runs.AsNoTracking();
        if (filter.Year is { } year) runs = runs.Where(r => r.Year == year || r.Year == null);
        if (TriggerOf(filter.Trigger) is { } trigger) runs = runs.Where(r => r.Trigger == trigger);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLower();
            runs = runs.Where(r => db.RunLines.Any(l => l.RunId == r.Id && l.TenantName.ToLower().Contains(text)));
        }
        return await Sorts.Apply(runs, request).ThenByDescending(r => r.StartedAt).ThenBy(r => r.Id).ToPagedListAsync(request, ct);
    }
}
