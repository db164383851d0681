using System.Security.Claims;
using Billing.Domain;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Billing.Web;

namespace Billing.Pricing;

internal static class PriceListApi
{
    public static void MapPriceListApi(this RouteGroupBuilder billing)
    {
        billing.MapGet("/price-list", Get).RequireAuthorization(Access.ReadersPolicy)
            .WithSummary("Every fee table, by the year it takes effect (the contract's from 2023).");
        billing.MapPost("/price-list", Add).RequireAuthorization(Policies.Finance)
            .WithSummary("Enter a fee table for a coming year; the tenants' admins are told by e-mail at once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<List<PriceListVersionResponse>> Get(BillingDbContext db, CancellationToken ct) =>
        (await new PriceListStore(db).LoadAsync(ct)).Versions.Select(ToResponse).ToList();

    private static async Task<Results<Created<PriceListVersionResponse>, ValidationProblem, ProblemHttpResult>> Add(
        PriceListRequest request, ClaimsPrincipal user, PriceListChanges changes, CancellationToken ct)
    {
        var outcome = await changes.AddAsync(request, PlatformClaims.UserId(user), ct);
        if (outcome.Ok) return TypedResults.Created("/api/billing/price-list", ToResponse(outcome.Value!));
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors));
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Bestaat al", detail: outcome.Conflict);
    }

    private static PriceListVersionResponse ToResponse(PriceListVersion v) =>
        new(v.EffectiveYear, v.Tiers.Select(t => new PriceTierResponse(t.Number, t.Name, t.From, t.To, Euro.Of(t.AnnualFee))).ToList());
}
