using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Platform.Kernel.Paging;

/// <summary>What a list page asks for: page (1-based), page size, sort key, direction and a search text. Built from the
/// query string with <c>From</c>, which clamps bad values (page=-1, size=100000, sort=unknown) instead of failing.</summary>
public sealed record PageRequest(int Page, int Size, string Sort, bool Descending, string? Search)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;

    public int Skip => (Page - 1) * Size;

    /// <summary>"asc" or "desc", for query strings.</summary>
    public string Direction => Descending ? "desc" : "asc";

    public static PageRequest From(int? page, int? size, string? sort, string? dir, string? search,
        IReadOnlyCollection<string> sortKeys, string defaultSort, bool defaultDescending = false)
    {
        var key = sort is not null && sortKeys.Contains(sort, StringComparer.OrdinalIgnoreCase)
            ? sortKeys.First(k => string.Equals(k, sort, StringComparison.OrdinalIgnoreCase))
            : defaultSort;
        var descending = dir?.ToLowerInvariant() switch
        {
            "desc" => true,
            "asc" => false,
            _ => key == defaultSort && defaultDescending,
        };
        var text = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        return new PageRequest(Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize), key, descending, text);
    }

    /// <summary>Reads <c>page</c>, <c>size</c>, <c>sort</c>, <c>dir</c> and <c>q</c> from the query string.</summary>
    public static PageRequest From(IQueryCollection query, IReadOnlyCollection<string> sortKeys, string defaultSort,
        bool defaultDescending = false) =>
        From(Int(query["page"]), Int(query["size"]), query["sort"], query["dir"], query["q"], sortKeys, defaultSort,
            defaultDescending);

    private static int? Int(string? value) => int.TryParse(value, out var n) ? n : null;
}

/// <summary>One page of a list plus what a pager needs. <see cref="Page"/> is clamped to the last page that exists.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int Size, int TotalCount) : IPaged
{
    public int TotalPages => Math.Max(1, (TotalCount + Size - 1) / Size);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
    /// <summary>1-based position of the first item on this page (0 when empty), for "21–40 van 311".</summary>
    public int FirstItem => TotalCount == 0 ? 0 : (Page - 1) * Size + 1;
    public int LastItem => (Page - 1) * Size + Items.Count;

    public PagedList<TOut> Select<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Page, Size, TotalCount);
}

/// <summary>The non-generic face of <see cref="PagedList{T}"/>, the model of the shared <c>_Pager</c> partial.</summary>
public interface IPaged
{
    int Page { get; }
    int Size { get; }
    int TotalCount { get; }
    int TotalPages { get; }
    bool HasPrevious { get; }
    bool HasNext { get; }
    int FirstItem { get; }
    int LastItem { get; }
}

/// <summary>The sort keys a list allows, each mapped to a typed key selector (so EF translates it; no boxing).</summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _sorts =
        new(StringComparer.OrdinalIgnoreCase);

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _sorts[name] = (q, desc) => desc ? q.OrderByDescending(key) : q.OrderBy(key);
        return this;
    }

    public IReadOnlyCollection<string> Keys => _sorts.Keys;

    public IOrderedQueryable<T> Apply(IQueryable<T> query, PageRequest request) =>
        _sorts.TryGetValue(request.Sort, out var sort) ? sort(query, request.Descending) : _sorts.Values.First()(query, request.Descending);
}

public static class Paging
{
    /// <summary>Counts, clamps the page to the last one and fetches one page, all in the database.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, PageRequest request,
        CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var lastPage = Math.Max(1, (total + request.Size - 1) / request.Size);
        var page = Math.Min(request.Page, lastPage);
        var items = await query.Skip((page - 1) * request.Size).Take(request.Size).ToListAsync(ct);
        return new PagedList<T>(items, page, request.Size, total);
    }

    /// <summary>Pages a list already in memory (small lists, or rows whose sort cannot be translated).</summary>
    public static PagedList<T> ToPagedList<T>(this IEnumerable<T> items, PageRequest request)
    {
        var all = items as IReadOnlyList<T> ?? items.ToList();
        var lastPage = Math.Max(1, (all.Count + request.Size - 1) / request.Size);
        var page = Math.Min(request.Page, lastPage);
        return new PagedList<T>(all.Skip((page - 1) * request.Size).Take(request.Size).ToList(), page, request.Size, all.Count);
    }

    /// <summary>The current path and query string with some keys replaced (null removes a key): links for pager and
    /// sortable headers that keep every other filter in the URL.</summary>
    public static string WithQuery(this HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var values = request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
            values[key] = value;
        var query = QueryString.Create(values.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        return request.PathBase + request.Path + query;
    }

    /// <summary>Link for a sortable column header: same key again flips the direction, a new key starts ascending,
    /// and the page goes back to 1.</summary>
    public static string SortLink(this HttpRequest request, PageRequest current, string key) =>
        request.WithQuery(("sort", key),
            ("dir", string.Equals(current.Sort, key, StringComparison.OrdinalIgnoreCase) && !current.Descending ? "desc" : "asc"),
            ("page", null));

    /// <summary><c>aria-sort</c> value for a column header.</summary>
    public static string AriaSort(this PageRequest current, string key) =>
        !string.Equals(current.Sort, key, StringComparison.OrdinalIgnoreCase) ? "none" : current.Descending ? "descending" : "ascending";
}
