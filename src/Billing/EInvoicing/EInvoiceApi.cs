using System.Security.Claims;
using Billing.EInvoicing;
using Billing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Billing.Web;

namespace Billing.EInvoicing;

/// <summary>Peppol BIS Billing 3.0 (UBL 2.1) documents of issued invoices and credit notes, made from the stored facts.</summary>
internal static class EInvoiceApi
{
    public const string XmlContentType = "application/xml";

    public static void MapEInvoiceApi(this RouteGroupBuilder billing)
    {
        billing.MapGet("/invoices/{id:guid}/ubl", Invoice).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The Peppol BIS 3.0 UBL invoice of an issued invoice ({number}.xml, PDF embedded). 409 when the facts cannot make a valid document, e.g. no buyer reference.")
            .Produces(200, contentType: XmlContentType).ProducesProblem(StatusCodes.Status409Conflict);
        billing.MapGet("/credit-notes/{id:guid}/ubl", CreditNote).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The Peppol BIS 3.0 UBL credit note ({number}.xml), citing the invoice it corrects.")
            .Produces(200, contentType: XmlContentType).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Invoice(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, UblExport export, CancellationToken ct)
    {
        var invoice = await Access.Invoices(db, user, current).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null) return TypedResults.NotFound();
        if (invoice.Status != InvoiceStatus.Issued)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Geen e-factuur",
                detail: "Alleen een uitgegeven factuur heeft een e-factuur.");
        return Answer(await export.ForInvoiceAsync(invoice, ct));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> CreditNote(
        Guid id, ClaimsPrincipal user, TenantContext current, BillingDbContext db, UblExport export, CancellationToken ct)
    {
        var note = await Access.CreditNotes(db, user, current).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (note is null) return TypedResults.NotFound();
        // Whoever may read the credit note may read the invoice it cites (same tenant).
        var invoice = await AcrossTenants.Invoices(db).AsNoTracking().FirstAsync(i => i.Id == note.InvoiceId, ct);
        return Answer(await export.ForCreditNoteAsync(note, invoice, ct));
    }

    private static Results<FileContentHttpResult, NotFound, ProblemHttpResult> Answer(UblFile outcome) => outcome switch
    {
        UblFile.Document d => TypedResults.File(d.Xml, XmlContentType, d.FileName),
        UblFile.Invalid invalid => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "E-factuur niet mogelijk",
            detail: string.Join(" ", invalid.Violations.Select(v => v.Message)),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = invalid.Violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
            }),
        _ => throw new InvalidOperationException(outcome.GetType().Name),
    };
}
