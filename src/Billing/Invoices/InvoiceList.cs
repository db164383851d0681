using System.Linq.Expressions;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;

namespace Billing.Invoices;

/// <summary>Finance's invoice list of a year: status (derived from today), search, sort and paging, all in the database.</summary>
/// <param name="Status">API name of a <see cref="DisplayStatus"/> (<c>draft</c>, <c>overdue</c>…); empty = every status.</param>
/// <param name="Search">Part of the local government's name or of the invoice number.</param>
internal sealed record InvoiceListFilter(int Year, YearBasis Basis, string? Status = null, string? Search = null);

/// <summary>Totals of one display status in a year: count and the sums of the amounts, the payments and the credit notes.</summary>
internal sealed record StatusTotal(DisplayStatus Status, int Count, decimal Total, decimal Paid = 0m, decimal Credited = 0m)
{
    /// <summary>What is still owed on these invoices (only issued, partially paid and overdue ones owe anything).</summary>
    public decimal Outstanding => Status is DisplayStatus.Issued or DisplayStatus.PartiallyPaid or DisplayStatus.Overdue ? Total - Credited - Paid : 0m;
}

/// <summary>Count and total of the drafts "alle ontwerpen uitgeven" would issue.</summary>
internal sealed record DraftsSummary(int Count, decimal Total);

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

    /// <summary>Count and sums per display status for the year (before the status and search filters), grouped in the database.</summary>
    public async Task<List<StatusTotal>> TotalsAsync(int year, YearBasis basis, CancellationToken ct) =>
        await Totals(Year(year, basis), FeeService.Today(clock), ct);

    /// <summary>Count and sums per display status of any invoice query (the old list API and the home figures use the same).</summary>
    internal static async Task<List<StatusTotal>> Totals(IQueryable<Invoice> invoices, DateOnly today, CancellationToken ct)
    {
        var groups = await invoices.Select(Ranked(today)).GroupBy(r => r.Rank)
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(r => r.Amount), Paid = g.Sum(r => r.Paid), Credited = g.Sum(r => r.Credited) })
            .ToListAsync(ct);
        return [.. groups.OrderBy(g => g.Key).Select(g => new StatusTotal((DisplayStatus)g.Key, g.Count, g.Total, g.Paid, g.Credited))];
    }

    /// <summary>Count and total of the drafts matching the filters, on every page: what the page offers to issue at once.</summary>
    public async Task<DraftsSummary> MatchingDraftsSummaryAsync(InvoiceListFilter filter, CancellationToken ct)
    {
        var drafts = Drafts(filter);
        var count = await drafts.CountAsync(ct);
        return new(count, count == 0 ? 0m : await drafts.SumAsync(i => i.Amount, ct));
    }

    /// <summary>The ids of every draft matching the filters, on every page: what "alle ontwerpen uitgeven" issues.</summary>
    public Task<List<Guid>> MatchingDraftIdsAsync(InvoiceListFilter filter, CancellationToken ct) =>
        Drafts(filter).Select(i => i.Id).ToListAsync(ct);

    private IQueryable<Invoice> Drafts(InvoiceListFilter filter) =>
        Matching(filter, FeeService.Today(clock)).Where(i => i.Status == InvoiceStatus.Draft);

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
            query = DisplayStatusText.TryParse(filter.Status, out var s) ? query.WithStatus(s, today) : query.Where(i => false);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLower();
            query = query.Where(i => i.CustomerName.ToLower().Contains(text) || (i.Number != null && i.Number.ToLower().Contains(text)));
        }
        return query;
    }

    /// <summary><see cref="Invoice.DisplayStatusOn"/> as an expression the database evaluates: the <see cref="DisplayStatus"/>
    /// number (so sorting on it follows the enum's order). Same rules as <c>PaymentFollowUp.Status</c>, on stored columns only:
    /// the <see cref="Invoice.Settlement"/> kept from the amounts, and the due date against today (no decimal compares).</summary>
    internal static Expression<Func<Invoice, int>> StatusRank(DateOnly today) => i =>
        i.Status == InvoiceStatus.Draft ? (int)DisplayStatus.Draft
        : i.Status == InvoiceStatus.RecordedOutside ? (int)DisplayStatus.RecordedOutside
        : i.Settlement == Settlement.Credited ? (int)DisplayStatus.Credited
        : i.Settlement == Settlement.Paid ? (int)DisplayStatus.Paid
        : i.DueDate != null && i.DueDate < today ? (int)DisplayStatus.Overdue
        : i.Settlement == Settlement.PartiallyPaid ? (int)DisplayStatus.PartiallyPaid
        : (int)DisplayStatus.Issued;

    /// <summary>The invoices whose <see cref="StatusRank"/> is <paramref name="wanted"/>.</summary>
    internal static Expression<Func<Invoice, bool>> Has(DateOnly today, DisplayStatus wanted)
    {
        var rank = StatusRank(today);
        return Expression.Lambda<Func<Invoice, bool>>(Expression.Equal(rank.Body, Expression.Constant((int)wanted)), rank.Parameters);
    }

    /// <summary>Each invoice as its status number with the amounts the totals sum.</summary>
    private static Expression<Func<Invoice, RankedAmounts>> Ranked(DateOnly today)
    {
        var rank = StatusRank(today);
        var invoice = rank.Parameters[0];
        var type = typeof(RankedAmounts);
        return Expression.Lambda<Func<Invoice, RankedAmounts>>(Expression.MemberInit(Expression.New(type),
            Expression.Bind(type.GetProperty(nameof(RankedAmounts.Rank))!, rank.Body),
            Expression.Bind(type.GetProperty(nameof(RankedAmounts.Amount))!, Expression.Property(invoice, nameof(Invoice.Amount))),
            Expression.Bind(type.GetProperty(nameof(RankedAmounts.Paid))!, Expression.Property(invoice, nameof(Invoice.PaidAmount))),
            Expression.Bind(type.GetProperty(nameof(RankedAmounts.Credited))!, Expression.Property(invoice, nameof(Invoice.CreditedAmount)))), invoice);
    }

    private sealed class RankedAmounts
    {
        public int Rank { get; init; }
        public decimal Amount { get; init; }
        public decimal Paid { get; init; }
        public decimal Credited { get; init; }
    }
}

internal static class InvoiceStatusQueries
{
    /// <summary>The invoices showing <paramref name="status"/> today: the one way a query filters on the display status.</summary>
    public static IQueryable<Invoice> WithStatus(this IQueryable<Invoice> invoices, DisplayStatus status, DateOnly today) =>
        invoices.Where(InvoiceList.Has(today, status));
}
