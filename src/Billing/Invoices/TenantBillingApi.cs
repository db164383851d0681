using Billing.Domain;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Billing.Web;

namespace Billing.Invoices;

/// <summary>Per-tenant billing routes; <c>{tenant}</c> lets the tenancy middleware resolve and guard the tenant.</summary>
internal static class TenantBillingApi
{
    public static void MapTenantBillingApi(this RouteGroupBuilder billing)
    {
        var tenant = billing.MapGroup("/tenants/{tenant}");
        tenant.MapGet("/invoice-preview", Preview).RequireAuthorization(Policies.Finance)
            .WithSummary("What the tenant owes for a year and how it is reached (inhabitants → tier → annual fee × months / 12).")
            .ProducesValidationProblem();
        tenant.MapGet("/invoices", History).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("The tenant's billing history (a tenant admin sees its issued invoices).");
        tenant.MapPost("/years/{year:int}/recorded-outside", RecordOutside).RequireAuthorization(Policies.Finance)
            .WithSummary("Record that a year was invoiced outside the platform; no draft is prepared for it afterwards.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<InvoicePreviewResponse>, NotFound, ValidationProblem>> Preview(
        int? year, TenantContext current, ITenantDirectory directory, BillingDbContext db, CancellationToken ct)
    {
        if (year is not ({ } y and >= 1000 and <= 9999))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Geef een jaar op, bijvoorbeeld ?year=2026."] });
        if (current.TenantId is not { } id || await directory.FindAsync(id, ct) is not { } summary) return TypedResults.NotFound();
        var fee = FeeService.Calculate(summary, y, await new PriceListStore(db).LoadAsync(ct));
        return TypedResults.Ok(InvoicePreviewResponse.From(fee));
    }

    private static async Task<Ok<List<InvoiceResponse>>> History(
        System.Security.Claims.ClaimsPrincipal user, TenantContext current, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = FeeService.Today(clock);
        var invoices = await Access.Invoices(db, user, current).AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(invoices.OrderByDescending(i => i.Year).Select(i => InvoiceResponse.From(i, today)).ToList());
    }

    private static async Task<Results<Ok<InvoiceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RecordOutside(
        int year, RecordOutsideRequest request, TenantContext current, ITenantDirectory directory, BillingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (current.TenantId is not { } id || await directory.FindAsync(id, ct) is not { } summary) return TypedResults.NotFound();
        var errors = new Dictionary<string, string[]>();
        if (year < PriceList.FirstBillableYear || year > FeeService.Today(clock).Year + 1)
            errors["year"] = [$"Kies een jaar vanaf {PriceList.FirstBillableYear}."];
        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Length > 200)
            errors["reference"] = ["Geef de referentie van de factuur die buiten het platform werd verstuurd (hoogstens 200 tekens)."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.Year == year, ct);
        if (invoice is { Status: not InvoiceStatus.Draft })
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk",
                detail: invoice.Status == InvoiceStatus.Issued ? $"Voor {year} is al factuur {invoice.Number} uitgegeven." : $"{year} werd al als buiten het platform gefactureerd geregistreerd.");
        if (invoice is null)
        {
            invoice = new Invoice
            {
                Id = Guid.CreateVersion7(now), Year = year, CustomerName = summary.Name, CustomerKbo = summary.Kbo,
                CustomerStreet = summary.Street, CustomerPostalCode = summary.PostalCode, CustomerCity = summary.City,
                TierName = "", Explanation = "", CreatedAt = now,
                PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31),
            };
            db.Invoices.Add(invoice);
        }
        invoice.Status = InvoiceStatus.RecordedOutside;
        invoice.OutsideReference = request.Reference!.Trim();
        invoice.Explanation = $"Buiten het platform gefactureerd: {invoice.OutsideReference}.";
        invoice.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk",
                detail: "Intussen werd voor dit jaar een factuur opgemaakt; probeer opnieuw.");
        }
        return TypedResults.Ok(InvoiceResponse.From(invoice, FeeService.Today(clock)));
    }
}
