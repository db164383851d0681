using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;

namespace Billing.Payments;

/// <summary>Finance's payment lists, filtered, sorted and paged in the database: the open review list (received payments that
/// could not be matched) on <c>/facturen/betalingen</c> and the imported bank statements on <c>/facturen/betalingen/uittreksels</c>.</summary>
internal sealed class PaymentLists(BillingDbContext db)
{
    private static readonly SortMap<ReviewEntry> ReviewSorts = new SortMap<ReviewEntry>()
        .Add("datum", r => r.BookingDate ?? DateOnly.MinValue)
        .Add("bedrag", r => r.Amount)
        .Add("betaler", r => r.PayerName ?? "");

    private static readonly SortMap<BankImport> ImportSorts = new SortMap<BankImport>()
        .Add("ingelezen", i => i.ImportedAt)
        .Add("bestand", i => i.FileName)
        .Add("boekingen", i => i.Entries)
        .Add("controleren", i => i.ToReview);

    /// <summary>Oldest booking first: the review list is worked through in the order the money came in.</summary>
    public static PageRequest ReviewRequest(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, ReviewSorts.Keys, "datum");

    public static IReadOnlyCollection<string> ReviewSortKeys => ReviewSorts.Keys;

    /// <summary>Newest import first.</summary>
    public static PageRequest ImportRequest(int? page, int? size, string? sort, string? dir, string? search) =>
        PageRequest.From(page, size, sort, dir, search, ImportSorts.Keys, "ingelezen", defaultDescending: true);

    /// <summary>Open review entries; the search matches payer, structured or free communication and the bank reference.</summary>
    public async Task<PagedList<ReviewEntry>> ReviewAsync(PageRequest request, CancellationToken ct)
    {
        var entries = db.ReviewEntries.AsNoTracking().Where(r => r.State == ReviewState.Open);
        if (request.Search is { } search)
        {
            var text = search.ToLower();
            var digits = new string([.. search.Where(char.IsAsciiDigit)]);
            entries = entries.Where(r => (r.PayerName != null && r.PayerName.ToLower().Contains(text))
                || (r.FreeText != null && r.FreeText.ToLower().Contains(text))
                || r.BankReference.ToLower().Contains(text)
                || (r.StructuredReference != null && (r.StructuredReference.ToLower().Contains(text) || (digits.Length >= 3 && r.StructuredReference.Contains(digits)))));
        }
        return await ReviewSorts.Apply(entries, request).ThenBy(r => r.Id).ToPagedListAsync(request, ct);
    }

    /// <summary>Imported statements; the search matches the file name and the statement ids.</summary>
    public async Task<PagedList<BankImport>> ImportsAsync(PageRequest request, CancellationToken ct)
    {
        var imports = db.BankImports.AsNoTracking();
        if (request.Search is { } search)
        {
            var text = search.ToLower();
            imports = imports.Where(i => i.FileName.ToLower().Contains(text) || i.StatementIds.ToLower().Contains(text));
        }
        return await ImportSorts.Apply(imports, request).ThenByDescending(i => i.ImportedAt).ThenBy(i => i.Id).ToPagedListAsync(request, ct);
    }
}
