using System.Security.Claims;
using Billing.Domain;
using Billing.Invoices;
using Billing.Persistence;
using Billing.Pricing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace Billing.Api;

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
        PriceListRequest request, ClaimsPrincipal user, BillingDbContext db, PriceChangeNotifier notifier, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var currentYear = FeeService.Today(clock).Year;
        if (request.EffectiveYear <= currentYear || request.EffectiveYear > 9999)
            errors["effectiveYear"] = [$"Een prijswijziging wordt vooraf ingevoerd: kies een jaar na {currentYear}."];
        PriceListVersion? version = null;
        try
        {
            version = new PriceListVersion(request.EffectiveYear,
                (request.Tiers ?? []).Select((t, i) => new PriceTier(i + 1, t.From, t.To, t.AnnualFee)));
        }
        catch (ArgumentException)
        {
            errors["tiers"] = ["De schijven moeten bij 0 inwoners beginnen, op elkaar aansluiten zonder gaten of overlappingen, " +
                "alleen de laatste schijf is open en geen bedrag is negatief."];
        }
        if (version is not null && version.Tiers.Any(t => decimal.Round(t.AnnualFee, 2) != t.AnnualFee))
            errors["tiers"] = ["Bedragen hebben hoogstens twee cijfers na de komma."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (await db.PriceList.AnyAsync(p => p.EffectiveYear == request.EffectiveYear, ct))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Bestaat al",
                detail: $"Er is al een prijslijst vanaf {request.EffectiveYear}.");
        db.PriceList.Add(new PriceListEntry
        {
            EffectiveYear = version!.EffectiveYear, TiersJson = PriceListStore.ToJson(version), EnteredAt = clock.GetUtcNow(), EnteredBy = PlatformClaims.UserId(user),
        });
        await db.SaveChangesAsync(ct);
        await notifier.NotifyAsync(version, ct);
        return TypedResults.Created("/api/billing/price-list", ToResponse(version));
    }

    private static PriceListVersionResponse ToResponse(PriceListVersion v) =>
        new(v.EffectiveYear, v.Tiers.Select(t => new PriceTierResponse(t.Number, t.Name, t.From, t.To, Euro.Of(t.AnnualFee))).ToList());
}
