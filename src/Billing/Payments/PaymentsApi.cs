using System.Security.Claims;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Billing.BankStatements;
using Billing.Stripe;
using Billing.Reminders;
using Billing.Web;

namespace Billing.Payments;

/// <summary>Getting paid: camt.053 uploads, the review list, payments per invoice, ageing, reminders and Stripe.</summary>
internal static class PaymentsApi
{
    public static void MapPaymentsApi(this RouteGroupBuilder billing)
    {
        // The form is read by hand (no IFormFile binding), so a missing or wrong upload gets a Dutch answer; cookie callers
        // are covered by CookieApiProtection's X-CSRF-TOKEN check like every other API write.
        billing.MapPost("/bank-statements", Upload).RequireAuthorization(Policies.Finance)
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().WithFormOptions(multipartBodyLengthLimit: BankStatementImporter.MaxFileBytes + 64 * 1024)
            .WithSummary("Upload a camt.053 or CODA 2.x bank statement (form field 'file', at most 10 MB; the format is told by content): each entry is imported once; an exact structured " +
                "communication pays its invoice, everything else goes to the review list. A malformed file is refused whole.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/bank-statements", Imports).RequireAuthorization(Policies.Finance).WithSummary("The most recent bank statement imports.");
        billing.MapGet("/payment-review", Review).RequireAuthorization(Policies.Finance)
            .WithSummary("Bank entries that paid no invoice automatically: state open (default), matched or dismissed.").ProducesValidationProblem();
        billing.MapPost("/payment-review/{id:guid}/match", Match).RequireAuthorization(Policies.Finance)
            .WithSummary("Book a review entry on an issued invoice, by its number or structured communication.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapPost("/payment-review/{id:guid}/dismiss", Dismiss).RequireAuthorization(Policies.Finance)
            .WithSummary("Dismiss a review entry with a reason (refunded, not ours, ...).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/invoices/{id:guid}/payments", Payments).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The payments booked on an invoice, with what is still outstanding or overpaid.");
        billing.MapGet("/ageing", AgeingReport).RequireAuthorization(Policies.Finance)
            .WithSummary("Open amounts by days past the due date (not due, 0–30, 31–60, 61–90, more than 90) with totals and the open invoices.");
        billing.MapPost("/reminders/run", Reminders).RequireAuthorization(Policies.Finance)
            .WithSummary("Run the daily payment reminder job now; each reminder step is sent once.");
        billing.MapStripe();
    }

    private static async Task<Results<Ok<BankImportResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, ClaimsPrincipal user, BankStatementImporter importer, CancellationToken ct)
    {
        IFormFile? file;
        try
        {
            file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        }
        catch (InvalidDataException)
        {
            return FileError(BankStatementImporter.TooLargeMessage);
        }
        if (file is null || file.Length == 0) return FileError("Kies een rekeninguittreksel in camt.053- (XML) of CODA-formaat in het veld 'file'.");
        if (file.Length > BankStatementImporter.MaxFileBytes) return FileError(BankStatementImporter.TooLargeMessage);
        try
        {
            await using var content = file.OpenReadStream();
            var result = await importer.ImportAsync(file.FileName, content, PlatformClaims.UserId(user), ct);
            return TypedResults.Ok(BankImportResponse.From(result));
        }
        catch (CamtFormatException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Rekeninguittreksel geweigerd", detail: e.Message);
        }
        catch (BankImportConflictException e)
        {
            return BillingProblems.Conflict(e.Message);
        }
    }

    private static ValidationProblem FileError(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, title: "Rekeninguittreksel niet ingelezen");

    private static async Task<Ok<List<BankImportSummaryResponse>>> Imports(BillingDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.BankImports.AsNoTracking().OrderByDescending(i => i.ImportedAt).Take(50).ToListAsync(ct))
            .Select(BankImportSummaryResponse.From).ToList());

    private static async Task<Results<Ok<List<ReviewEntryResponse>>, ValidationProblem>> Review(string? state, BillingDbContext db, CancellationToken ct)
    {
        ReviewState? parsed = state is null ? ReviewState.Open
            : Enum.GetValues<ReviewState>().Where(s => string.Equals(ApiNames.Of(s), state.Trim(), StringComparison.OrdinalIgnoreCase)).Cast<ReviewState?>().FirstOrDefault();
        if (parsed is not { } wanted)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["Kies open, matched of dismissed."] });
        var entries = await db.ReviewEntries.AsNoTracking().Where(r => r.State == wanted).ToListAsync(ct);
        var ordered = wanted == ReviewState.Open
            ? entries.OrderBy(r => r.BookingDate).ThenBy(r => r.Id)
            : entries.OrderByDescending(r => r.ResolvedAt).ThenBy(r => r.Id);
        return TypedResults.Ok(ordered.Take(500).Select(ReviewEntryResponse.From).ToList());
    }

    private static async Task<Results<Ok<MatchResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Match(
        Guid id, MatchRequest request, ClaimsPrincipal user, PaymentReview review, BillingDbContext db, CancellationToken ct)
    {
        var result = await review.MatchAsync(id, request.Invoice, request.Note, PlatformClaims.UserId(user), ct);
        var entry = result.Ok ? await db.ReviewEntries.AsNoTracking().FirstAsync(r => r.Id == id, ct) : null;
        return result.ToOk(p => new MatchResponse(ReviewEntryResponse.From(entry!), ImportedPaymentResponse.From(p)), invalidTitle: NotProcessed);
    }

    private static async Task<Results<Ok<ReviewEntryResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Dismiss(
        Guid id, DismissRequest request, ClaimsPrincipal user, PaymentReview review, BillingDbContext db, CancellationToken ct)
    {
        var result = await review.DismissAsync(id, request.Reason, PlatformClaims.UserId(user), ct);
        var entry = result.Ok ? await db.ReviewEntries.AsNoTracking().FirstAsync(r => r.Id == id, ct) : null;
        return result.ToOk(_ => ReviewEntryResponse.From(entry!), invalidTitle: NotProcessed);
    }

    /// <summary>Title of a refused review (match or dismissal) with field errors.</summary>
    private const string NotProcessed = "Niet verwerkt.";

    private static async Task<Results<Ok<InvoicePaymentsResponse>, NotFound>> Payments(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var invoice = await Access.Invoices(db, user, current).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null) return TypedResults.NotFound();
        // Access to the invoice was checked above; its payments belong to the same tenant.
        var payments = (await AcrossTenants.Payments(db).AsNoTracking().Where(p => p.InvoiceId == id).ToListAsync(ct))
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt).ThenBy(p => p.Id).Select(PaymentResponse.From).ToList();
        var today = FeeService.Today(clock);
        var issued = invoice.Status == InvoiceStatus.Issued;
        var state = invoice.PaymentOn(today);
        return TypedResults.Ok(new InvoicePaymentsResponse(invoice.Id, invoice.Number, invoice.DisplayStatusOn(today).ApiName(),
            invoice.DisplayStatusOn(today).ToDutch(), Euro.Of(invoice.Amount), Euro.Of(invoice.CreditedAmount), Euro.Of(invoice.PaidAmount),
            Euro.Of(issued ? state.Outstanding : 0m), Euro.Of(issued ? state.Overpaid : 0m), invoice.PaidOn, payments));
    }

    private static async Task<Ok<AgeingResponse>> AgeingReport(
        ClaimsPrincipal user, TenantContext current, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = FeeService.Today(clock);
        var open = await OutstandingInvoices.LoadAsync(Access.Invoices(db, user, current), today, ct);
        var report = Ageing.Report(open.Select(o => o.AgeingItem), today);
        var invoices = open.Select(o => o.Invoice).OrderBy(i => i.DueDate).ThenBy(i => i.Number, StringComparer.Ordinal)
            .Select(i => AgeingInvoiceResponse.From(i, today)).ToList();
        return TypedResults.Ok(new AgeingResponse(today,
            report.Lines.Select(l => new AgeingLineResponse(ApiNames.Of(l.Bucket), l.Label, l.Count, Euro.Of(l.Total))).ToList(),
            Euro.Of(report.OverdueTotal), Euro.Of(report.Total), invoices));
    }

    private static async Task<Ok<RemindersResponse>> Reminders(PaymentReminders reminders, CancellationToken ct)
    {
        var report = await reminders.RunAsync(ct);
        return TypedResults.Ok(new RemindersResponse(report.Sent, report.WithoutRecipient));
    }
}
