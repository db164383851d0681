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
        int year, RecordOutsideRequest request, TenantContext current, ITenantDirectory directory, OutsideInvoicing outside, TimeProvider clock, CancellationToken ct)
    {
        if (current.TenantId is not { } id || await directory.FindAsync(id, ct) is not { } summary) return TypedResults.NotFound();
        return (await outside.RecordAsync(summary, year, request.Reference, ct)).ToOk(invoice => InvoiceResponse.From(invoice, FeeService.Today(clock)));
    }
}
