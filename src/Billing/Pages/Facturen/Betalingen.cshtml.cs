using Billing.Payments;
using Billing.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;
using Billing.BankStatements;

namespace Billing.Pages.Facturen;

internal sealed record OpenInvoiceOption(Guid Id, string Number, string Customer, decimal Outstanding)
{
    public string Label => $"{Number} — {Customer} — {Dutch.Money(Outstanding)}";
}

/// <summary>Finance reads a camt.053 or CODA statement, sees what it paid, and works through the review list (match by hand or dismiss).</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class BetalingenModel(BillingDbContext db, PaymentLists lists, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "inlezing")] public Guid? ImportId { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [TempData] public string? Message { get; set; }

    /// <summary>Per field; with <see cref="ErrorEntry"/> set they belong to that review entry's forms, else to the upload form.</summary>
    public Dictionary<string, string[]> Errors { get; } = new();
    public Guid? ErrorEntry { get; private set; }
    public string? PostedInvoice { get; private set; }
    public string? PostedNote { get; private set; }
    public string? PostedReason { get; private set; }

    public ImportSummary? Import { get; private set; }
    /// <summary>The open review list, searched, sorted and paged in the database (search, sort and page in the URL).</summary>
    public PagedList<ReviewEntry> Review { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);
    public PageRequest ReviewPaging { get; private set; } = PaymentLists.ReviewRequest(null, null, null, null, null);
    /// <summary>Open entries before the search (tells "all done" from "nothing found").</summary>
    public int OpenCount { get; private set; }
    public List<OpenInvoiceOption> OpenInvoices { get; private set; } = [];
    public List<BankImport> RecentImports { get; private set; } = [];
    /// <summary>Invoices that received more than they owe (after credit notes): finance refunds or settles the excess.</summary>
    public List<(Invoice Invoice, decimal Excess)> Overpaid { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? statement, [FromServices] BankStatementImporter importer, CancellationToken ct)
    {
        if (statement is null || statement.Length == 0)
            Errors["statement"] = ["Kies een rekeninguittreksel in camt.053- (XML) of CODA-formaat."];
        else if (statement.Length > BankStatementImporter.MaxFileBytes)
            Errors["statement"] = [BankStatementImporter.TooLargeMessage];
        else
        {
            try
            {
                await using var content = statement.OpenReadStream();
                var result = await importer.ImportAsync(statement.FileName, content, PlatformClaims.UserId(User), ct);
                Message = PaymentTexts.ImportMessage(result);
                return RedirectToPage(new { inlezing = result.Import.Id });
            }
            catch (CamtFormatException e) { Errors["statement"] = [e.Message]; }
            catch (BankImportConflictException e) { Errors["statement"] = [e.Message]; }
        }
        ImportId = null;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMatchAsync(Guid entry, string? invoice, string? note, [FromServices] PaymentReview review, CancellationToken ct)
    {
        var result = await review.MatchAsync(entry, invoice, note, PlatformClaims.UserId(User), ct);
        if (result is { Ok: true, Value: { } p })
        {
            var outcome = p.Outcome switch
            {
                PaymentOutcome.Paid => "de factuur is volledig betaald",
                PaymentOutcome.PartiallyPaid => "de factuur is deels betaald",
                PaymentOutcome.Reversed => "de factuur staat weer open voor dat bedrag",
                _ => $"te veel betaald, {Dutch.Money(p.Overpayment)} terug te betalen of te verrekenen",
            };
            Message = p.Outcome == PaymentOutcome.Reversed
                ? $"Terugboeking van {Dutch.Money(Math.Abs(p.Amount))} verwerkt op factuur {p.InvoiceNumber} ({p.CustomerName}): {outcome}."
                : $"Betaling van {Dutch.Money(p.Amount)} gekoppeld aan factuur {p.InvoiceNumber} ({p.CustomerName}): {outcome}.";
            return RedirectToPage(new { inlezing = ImportId, q = Search });
        }
        PostedInvoice = invoice;
        PostedNote = note;
        return await FailedAsync(entry, result, ct);
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid entry, string? reason, [FromServices] PaymentReview review, CancellationToken ct)
    {
        var result = await review.DismissAsync(entry, reason, PlatformClaims.UserId(User), ct);
        if (result.Ok)
        {
            Message = "De boeking is afgewezen en staat niet meer op de lijst.";
            return RedirectToPage(new { inlezing = ImportId, q = Search });
        }
        PostedReason = reason;
        return await FailedAsync(entry, result, ct);
    }

    private async Task<IActionResult> FailedAsync<T>(Guid entry, Outcome<T> result, CancellationToken ct)
    {
        if (result.Errors is { } errors)
        {
            ErrorEntry = entry;
            foreach (var (field, messages) in errors) Errors[field] = messages;
        }
        else
        {
            Errors[""] = [result.NotFound ? "Deze boeking bestaat niet (meer); herlaad de lijst." : result.Conflict ?? "Niet verwerkt."];
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = FeeService.Today(clock);
        if (ImportId is { } importId) Import = await ImportSummary.LoadAsync(db, importId, ct);
        // Razor Pages' own "page" route value hides the query's page from binding: read it from the query string.
        var query = Request.Query;
        ReviewPaging = PaymentLists.ReviewRequest(int.TryParse(query["page"], out var pg) ? pg : null, int.TryParse(query["size"], out var sz) ? sz : null,
            query["sort"], query["dir"], Search);
        Review = await lists.ReviewAsync(ReviewPaging, ct);
        OpenCount = ReviewPaging.Search is null ? Review.TotalCount : await db.ReviewEntries.CountAsync(r => r.State == ReviewState.Open, ct);
        OpenInvoices = [.. (await OutstandingInvoices.LoadAsync(AcrossTenants.Invoices(db), today, ct))
            .Select(o => new OpenInvoiceOption(o.Invoice.Id, o.Invoice.Number!, o.Invoice.CustomerName, o.State.Outstanding))
            .OrderBy(o => o.Number, StringComparer.Ordinal)];
        RecentImports = await db.BankImports.AsNoTracking().OrderByDescending(i => i.ImportedAt).Take(10).ToListAsync(ct);
        // Decimals are text on SQLite: compare in memory (a few thousand invoices at most).
        Overpaid = [.. (await AcrossTenants.Invoices(db).AsNoTracking()
                .Where(i => i.Status == InvoiceStatus.Issued).ToListAsync(ct))
            .Select(i => (Invoice: i, Excess: i.PaymentOn(today).Overpaid)).Where(x => x.Excess > 0m)
            .OrderBy(x => x.Invoice.Number, StringComparer.Ordinal)];
    }

    /// <summary>The model state key of a review entry's field: each bank line's forms have their own keys
    /// (<c>invoice-{entry}</c>, <c>reason-{entry}</c>), the ids of their inputs, so the summary links to the right line.</summary>
    public static string Key(string field, Guid entry) => $"{field}-{entry:N}";

    /// <summary>The upload form's errors under "statement"; an entry's under its own keys (<see cref="Key"/>); any other
    /// error for the page as a whole ("", no link).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        foreach (var (field, messages) in Errors)
        {
            var key = (ErrorEntry, field) switch
            {
                (null, "statement") => "statement",
                ({ } entry, "invoice" or "reason") => Key(field, entry),
                _ => "",
            };
            foreach (var message in messages) ModelState.AddModelError(key, message);
        }
    }
}
