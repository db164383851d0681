using System.Linq.Expressions;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;

namespace Billing.Invoices;

/// <summary>Finance's invoice list of a year: status (derived from today), search, sort and paging, all in the database.</summary>
/// <param name="Status">API name of a <see cref="DisplayStatus"/> (<c>draft</c>, <c>overdue</c>…); empty = every status.</param>
/// <param name="Search">Part of the local government's name or of the invoice number.</param>
internal sealed record InvoiceListFilter(int Year, YearBasis Basis, string? Status = null, string? Search = null);

/// <summary>Totals of one display status in a year.</summary>
internal sealed record StatusTotal(DisplayStatus Status, int Count, decimal Total);

/// <summary>The list behind <c>/facturen</c> and <c>GET /api/billing/invoices/overview</c>. Finance reads every tenant's
/// invoices, so the tenant filter is left out (as every finance list in Billing does).</summary>
internal sealed class InvoiceList(BillingDbContext db, TimeProvider clock)
{
    public const string DefaultSort = "status";
    public static readonly string[] SortKeys = ["status", "bestuur", "nummer", "factuurdatum", "vervaldatum", "bedrag"];

    public static PageRequest Request(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, SortKeys, DefaultSort);

    /// <summary>One page of the matching invoices, sorted; ties by name, then id, so pages never overlap.</summary>
    public async Task<PagedList<Invoice>> PageAsync(InvoiceListFilter filter, PageRequest request, CancellationToken ct)
    {
        var today = FeeService.Today(clock);
        var rank = StatusRank(today);
        var sorts = new SortMap<Invoice>()
            .Add("status", rank)
            .Add("bestuur", i => i.CustomerName)
            .Add("nummer", i => i.Number ?? "")
            .Add("factuurdatum", i => i.InvoiceDate ?? DateOnly.MaxValue)
            .Add("vervaldatum", i => i.DueDate ?? DateOnly.MaxValue)
            .Add("bedrag", i => i.Amount);
        var sorted = sorts.Apply(Matching(filter, today), request);
        if (request.Sort == DefaultSort) sorted = sorted.ThenBy(i => i.Sequence);
        return await sorted.ThenBy(i => i.CustomerName).ThenBy(i => i.Id).ToPagedListAsync(request, ct);
    }

    /// <summary>Count and amount per display status for the year (before the status and search filters).</summary>
    public async Task<List<StatusTotal>> TotalsAsync(int year, YearBasis basis, CancellationToken ct)
    {
        // The database derives each status; the (status, amount) pairs are summed here, where decimal sums are exact on every provider.
        var pairs = await Year(year, basis).Select(Pair(FeeService.Today(clock))).ToListAsync(ct);
        return [.. pairs.GroupBy(p => p.Rank).OrderBy(g => g.Key).Select(g => new StatusTotal((DisplayStatus)g.Key, g.Count(), g.Sum(p => p.Amount)))];
    }

    /// <summary>Every draft matching the filters, on every page: what "alle ontwerpen uitgeven" issues.</summary>
    public async Task<List<(Guid Id, string CustomerName, decimal Amount)>> MatchingDraftsAsync(InvoiceListFilter filter, CancellationToken ct) =>
        [.. (await Matching(filter, FeeService.Today(clock)).Where(i => i.Status == InvoiceStatus.Draft)
            .Select(i => new { i.Id, i.CustomerName, i.Amount }).ToListAsync(ct)).Select(d => (d.Id, d.CustomerName, d.Amount))];

    /// <summary>Whether the year holds any invoice at all (tells an empty year from an empty search).</summary>
    public Task<int> CountAsync(int year, YearBasis basis, CancellationToken ct) => Year(year, basis).CountAsync(ct);

    private IQueryable<Invoice> Year(int year, YearBasis basis) =>
        AcrossTenants.Invoices(db).AsNoTracking().InYear(year, basis);

    private IQueryable<Invoice> Matching(InvoiceListFilter filter, DateOnly today)
    {
        var query = Year(filter.Year, filter.Basis);
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            // An unknown status matches nothing (the page offers only known ones; the API refuses others first).
            var wanted = DisplayStatusText.TryParse(filter.Status, out var s) ? (int)s : -1;
            query = query.Where(Has(StatusRank(today), wanted));
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLower();
            query = query.Where(i => i.CustomerName.ToLower().Contains(text) || (i.Number != null && i.Number.ToLower().Contains(text)));
        }
        return query;
    }

    /// <summary><see cref="Invoice.DisplayStatusOn"/> as an expression the database evaluates: the <see cref="DisplayStatus"/>
    /// number (so sorting on it follows the enum's order). Same rules as <c>PaymentFollowUp.Status</c>.</summary>
    internal static Expression<Func<Invoice, int>> StatusRank(DateOnly today) => i =>
        i.Status == InvoiceStatus.Draft ? (int)DisplayStatus.Draft
        : i.Status == InvoiceStatus.RecordedOutside ? (int)DisplayStatus.RecordedOutside
        : i.Amount - i.CreditedAmount <= 0m ? (int)DisplayStatus.Credited
        : i.Amount - i.CreditedAmount - i.PaidAmount <= 0m ? (int)DisplayStatus.Paid
        : i.DueDate != null && i.DueDate < today ? (int)DisplayStatus.Overdue
        : i.PaidAmount > 0m ? (int)DisplayStatus.PartiallyPaid
        : (int)DisplayStatus.Issued;

    private static Expression<Func<Invoice, bool>> Has(Expression<Func<Invoice, int>> rank, int wanted) =>
        Expression.Lambda<Func<Invoice, bool>>(Expression.Equal(rank.Body, Expression.Constant(wanted)), rank.Parameters);

    private static Expression<Func<Invoice, RankedAmount>> Pair(DateOnly today)
    {
        var rank = StatusRank(today);
        var amount = Expression.Property(rank.Parameters[0], nameof(Invoice.Amount));
        var ctor = typeof(RankedAmount).GetConstructors()[0];
        return Expression.Lambda<Func<Invoice, RankedAmount>>(Expression.New(ctor, rank.Body, amount), rank.Parameters);
    }

    private sealed record RankedAmount(int Rank, decimal Amount);
}
