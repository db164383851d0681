using System.Security.Claims;
using Billing.Issuing;
using Billing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Billing.Web;

namespace Billing.Invoices;

internal static class InvoicesApi
{
    public static void MapInvoicesApi(this RouteGroupBuilder billing)
    {
        billing.MapGet("/invoices", List).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("Invoices by year (yearBasis: invoicedYear, the default, or invoiceDate) and status (draft, issued, partiallyPaid, paid, overdue, credited, recordedOutside) with totals. A tenant admin sees only its own issued invoices.");
        billing.MapGet("/invoices/overview", Overview).RequireAuthorization(Policies.Finance).ProducesValidationProblem()
            .WithSummary("Finance's invoice list of a year, one page at a time (the list of /facturen): status as in /invoices, q searches the " +
                "local government's name and the invoice number; sort status, bestuur, nummer, factuurdatum, vervaldatum or bedrag; dir asc or desc. " +
                "Out-of-range page or size and unknown sort values are clamped to the nearest valid value.");
        billing.MapGet("/invoices/{id:guid}", Get).RequireAuthorization(Access.ReadersPolicy).WithSummary("One invoice.");
        billing.MapGet("/invoices/{id:guid}/pdf", Pdf).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The PDF stored when the invoice was issued.").Produces(200, contentType: "application/pdf");
        billing.MapPost("/invoices/{id:guid}/issue", Issue).RequireAuthorization(Policies.Finance)
            .WithSummary("Issue a draft: number from the yearly series, invoice date, due date, structured communication, PDF. A draft lacking what " +
                "Peppol requires (buyer reference) is refused with a problem naming the field unless issueAnyway=true.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapPut("/invoices/{id:guid}/references", References).RequireAuthorization(Policies.Finance)
            .WithSummary("Fill in the customer's reference (BT-10) and purchase-order number (BT-13) on a draft, before its number is taken.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapPost("/invoices/issue", IssueMany).RequireAuthorization(Policies.Finance)
            .WithSummary("Issue several drafts: the given ids, or every draft of a year. When any lacks what Peppol requires (buyer reference) " +
                "nothing is issued and a problem names each one's field, unless issueAnyway is true.").ProducesValidationProblem();
        billing.MapPut("/invoices/{id:guid}/buyer-reference", IssuedBuyerReference).RequireAuthorization(Policies.Finance)
            .WithSummary("Give an issued invoice that has no buyer reference (BT-10) one, once; it never changes after that.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/invoices/{id:guid}/credit-notes", CreditNotes).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The credit notes of an invoice.");
        billing.MapPost("/invoices/{id:guid}/credit-notes", Credit).RequireAuthorization(Policies.Finance)
            .WithSummary("Issue a full (no amount) or partial credit note with a reason; never more than the invoice in total.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/credit-notes/{id:guid}/pdf", CreditNotePdf).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The PDF of a credit note.").Produces(200, contentType: "application/pdf");
    }

    private static async Task<Results<Ok<InvoiceListResponse>, ValidationProblem>> List(
        int? year, string? status, string? yearBasis, ClaimsPrincipal user, TenantContext current, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!YearBases.TryParse(yearBasis, out var basis))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [YearBases.Field] = [YearBases.Invalid] });
        DisplayStatus wanted = default;
        if (status is not null && !DisplayStatusText.TryParse(status, out wanted))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["status"] = ["Kies een status: draft, issued, partiallyPaid, paid, overdue, credited of recordedOutside."] });
        var query = Access.Invoices(db, user, current).AsNoTracking();
        if (year is { } y) query = query.InYear(y, basis);
        var today = FeeService.Today(clock);
        // The status is derived in the database, the same way as on /facturen (InvoiceList.StatusRank).
        if (status is not null) query = query.WithStatus(wanted, today);
        var invoices = (await query.ToListAsync(ct))
            .OrderBy(i => i.Year).ThenBy(i => i.Number ?? "~").ThenBy(i => i.CustomerName)
            .Select(i => InvoiceResponse.From(i, today)).ToList();
        return TypedResults.Ok(new InvoiceListResponse(year, basis.ApiName(), status, invoices.Count, Euro.Of(invoices.Sum(i => i.Amount)), invoices));
    }

    private static async Task<Results<Ok<PagedList<InvoiceResponse>>, ValidationProblem>> Overview(int? year, string? yearBasis, string? status,
        string? q, int? page, int? size, string? sort, string? dir, InvoiceList list, TimeProvider clock, CancellationToken ct)
    {
        if (!YearBases.TryParse(yearBasis, out var basis))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [YearBases.Field] = [YearBases.Invalid] });
        if (!string.IsNullOrWhiteSpace(status) && !DisplayStatusText.TryParse(status, out _))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["status"] = ["Kies een status: draft, issued, partiallyPaid, paid, overdue, credited of recordedOutside."] });
        var today = FeeService.Today(clock);
        var result = await list.PageAsync(new InvoiceListFilter(year ?? today.Year, basis, status, q), InvoiceList.Request(page, size, sort, dir, q), ct);
        return TypedResults.Ok(result.Select(i => InvoiceResponse.From(i, today)));
    }

    private static async Task<Results<Ok<InvoiceResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, TimeProvider clock, CancellationToken ct) =>
        await Access.Invoices(db, user, current).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } i
            ? TypedResults.Ok(InvoiceResponse.From(i, FeeService.Today(clock))) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> Pdf(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var invoice = await Access.Invoices(db, user, current).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.Status == InvoiceStatus.Issued, ct);
        if (invoice is null) return TypedResults.NotFound();
        // The tenant's own download is on the invoice's timeline ("viewed in Mijn facturen").
        if (!Access.IsStaff(user))
            await Timeline.InvoiceTimeline.RecordViewAsync(db, invoice, PlatformClaims.UserId(user), Timeline.ViewKind.Downloaded, clock.GetUtcNow(), ct);
        return await PdfFile(id, user, current, db, ct);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> CreditNotePdf(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, CancellationToken ct)
    {
        if (!await Access.CreditNotes(db, user, current).AnyAsync(c => c.Id == id, ct))
            return TypedResults.NotFound();
        return await PdfFile(id, user, current, db, ct);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PdfFile(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, CancellationToken ct) =>
        await Access.Pdfs(db, user, current).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } pdf
            ? TypedResults.File(pdf.Content, "application/pdf", pdf.FileName) : TypedResults.NotFound();

    private static async Task<Results<Ok<InvoiceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Issue(
        Guid id, bool? issueAnyway, ClaimsPrincipal user, CheckedIssuing issuing, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var issue = await issuing.IssueAsync([id], issueAnyway == true, PlatformClaims.UserId(user), null, ct);
        if (issue.Blocked)
            return TypedResults.ValidationProblem(issue.Errors(single: true), title: "Deze factuur mist wat Peppol vereist.", extensions: Lacking(issue));
        var result = issue.Results[0];
        var invoice = result.Ok ? await AcrossTenants.Invoices(db).AsNoTracking().FirstAsync(i => i.Id == id, ct) : null;
        return result.ToOk(_ => InvoiceResponse.From(invoice!, FeeService.Today(clock)));
    }

    private static async Task<Results<Ok<InvoiceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> References(
        Guid id, DraftReferencesRequest request, DraftReferences references, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var result = await references.SetAsync(id, request, ct);
        var invoice = result.Ok ? await AcrossTenants.Invoices(db).AsNoTracking().FirstAsync(i => i.Id == id, ct) : null;
        return result.ToOk(_ => InvoiceResponse.From(invoice!, FeeService.Today(clock)), invalidTitle: "De referenties konden niet worden bewaard.");
    }

    private static async Task<Results<Ok<BulkIssueResponse>, ValidationProblem>> IssueMany(
        BulkIssueRequest request, ClaimsPrincipal user, CheckedIssuing issuing, BillingDbContext db, CancellationToken ct)
    {
        List<Guid> ids;
        if (request.Ids is { Count: > 0 }) ids = [.. request.Ids.Distinct()];
        else if (request.Year is { } year)
            ids = await AcrossTenants.Invoices(db).Where(i => i.Year == year && i.Status == InvoiceStatus.Draft)
                .OrderBy(i => i.CustomerName).Select(i => i.Id).ToListAsync(ct);
        else
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = ["Kies de ontwerpfacturen of een jaar."] });
        var issue = await issuing.IssueAsync(ids, request.IssueAnyway, PlatformClaims.UserId(user), null, ct);
        if (issue.Blocked)
            return TypedResults.ValidationProblem(issue.Errors(single: false),
                title: $"{issue.Lacking.Count} van de {ids.Count} ontwerpen missen wat Peppol vereist; er werd niets uitgegeven.", extensions: Lacking(issue));
        var outcomes = issue.Results;
        var results = ids.Zip(outcomes, (id, r) => new IssuedResponse(id, r.Value?.Number, r.Ok ? null : r.Reason())).ToList();
        return TypedResults.Ok(new BulkIssueResponse(results.Count(r => r.Problem is null), results.Count(r => r.Problem is not null), results));
    }

    private static Dictionary<string, object?> Lacking(CheckedIssue issue) => new()
    {
        ["lacking"] = issue.Lacking.Select(d => new { id = d.Id, tenantId = d.TenantId, tenantName = d.CustomerName, year = d.Year, field = "buyerReference" }).ToList(),
    };

    private static async Task<Results<Ok<InvoiceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> IssuedBuyerReference(
        Guid id, IssuedReferenceRequest request, IssuedReference references, TimeProvider clock, CancellationToken ct)
    {
        var result = await references.SetAsync(id, request, ct);
        if (result.NotFound) return TypedResults.NotFound();
        if (result.Errors is not null) return TypedResults.ValidationProblem(result.Errors, title: "De referentie kon niet worden bewaard.");
        if (result.Conflict is not null) return BillingProblems.Conflict(result.Conflict);
        return TypedResults.Ok(InvoiceResponse.From(result.Value!, FeeService.Today(clock)));
    }

    private static async Task<Results<Ok<List<CreditNoteResponse>>, NotFound>> CreditNotes(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, CancellationToken ct)
    {
        var invoice = await Access.Invoices(db, user, current).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null) return TypedResults.NotFound();
        var notes = await Access.CreditNotes(db, user, current).AsNoTracking().Where(c => c.InvoiceId == id).ToListAsync(ct);
        return TypedResults.Ok(notes.OrderBy(c => c.Sequence).Select(c => ToResponse(c, invoice)).ToList());
    }

    private static async Task<Results<Created<CreditNoteResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Credit(
        Guid id, CreditNoteRequest request, ClaimsPrincipal user, CreditNoteIssuer issuer, BillingDbContext db, CancellationToken ct)
    {
        var result = await issuer.IssueAsync(id, request.Amount, request.Reason, PlatformClaims.UserId(user), ct);
        var note = result.Ok ? await AcrossTenants.CreditNotes(db).AsNoTracking().FirstAsync(c => c.Id == result.Value!.Id, ct) : null;
        var invoice = result.Ok ? await AcrossTenants.Invoices(db).AsNoTracking().FirstAsync(i => i.Id == id, ct) : null;
        return result.ToCreated(d => $"/api/billing/credit-notes/{d.Id}/pdf", _ => ToResponse(note!, invoice!), invalidTitle: "De creditnota kon niet worden opgemaakt.");
    }

    private static CreditNoteResponse ToResponse(CreditNote c, Invoice i) =>
        new(c.Id, c.InvoiceId, c.Number, c.Date, Euro.Of(c.Amount), c.Reason, i.Number!, i.InvoiceDate!.Value, $"/api/billing/credit-notes/{c.Id}/pdf");
}
