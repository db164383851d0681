using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Tenants.Audit;
using Tenants.Domain.Features;
using Tenants.Persistence;

namespace Tenants.Catalogue;

/// <summary>The feature catalogue with the platform's current offer; platform admins change availability.</summary>
internal static class FeaturesApi
{
    public sealed record FeatureResponse(string Key, string Name, string Description, string Kind, string Availability);

    /// <param name="Reason">Optional: why, put in the mail to every tenant using the feature (at most 1000 characters).</param>
    public sealed record AvailabilityRequest(string? Availability, string? Reason = null);

    public sealed record ChangeResponse(string Key, string From, string To, DateTimeOffset At, string By);

    public static void MapFeaturesApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/features").WithTags("Feature catalogue");
        g.MapGet("/", List).RequireAuthorization(Policies.TenantAdmin).WithSummary("Every feature of the app and whether the platform offers it.");
        g.MapPut("/{key}/availability", Change).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Make a feature available, suspended or withdrawn; tenants using it are notified by e-mail.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapGet("/changes", Changes).RequireAuthorization(Policies.PlatformAdmin).WithSummary("History of availability changes.");
    }

    private static async Task<List<FeatureResponse>> List(TenantsDbContext db, CancellationToken ct)
    {
        var offer = await FeatureOffer.ReadAsync(db, ct);
        return FeatureCatalogue.All.Select(f => new FeatureResponse(f.Key, f.Name, f.Description, f.IsCore ? "core" : "additional",
            Name(offer[f.Key]))).ToList();
    }

    private static async Task<Results<Ok<FeatureResponse>, ValidationProblem, ProblemHttpResult>> Change(
        string key, AvailabilityRequest request, FeatureAvailabilityService service, ClaimsPrincipal user, CancellationToken ct)
    {
        if (FeatureCatalogue.Find(key) is not { } feature)
            return TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Onbekende functie \"{key}\".");
        if (!Enum.TryParse<FeatureAvailability>(request.Availability, true, out var to) || !Enum.IsDefined(to))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["availability"] = ["Kies available, suspended of withdrawn."] });
        if (request.Reason is { Length: > FeatureAvailabilityService.ReasonMaxLength })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"De reden is te lang (hoogstens {FeatureAvailabilityService.ReasonMaxLength} tekens)."] });
        await service.ChangeAsync(feature, to, Actor.From(user), ct, request.Reason);
        return TypedResults.Ok(new FeatureResponse(feature.Key, feature.Name, feature.Description, feature.IsCore ? "core" : "additional", Name(to)));
    }

    private static async Task<List<ChangeResponse>> Changes(TenantsDbContext db, CancellationToken ct) =>
        (await db.FeatureAvailabilityChanges.AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.At)
            .Select(c => new ChangeResponse(c.Key, Name(c.From), Name(c.To), c.At, c.By)).ToList();

    internal static string Name(FeatureAvailability a) => a.ToString().ToLowerInvariant();
}
