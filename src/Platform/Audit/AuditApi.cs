using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Kernel.Export;
using Platform.Kernel.UseCases;

namespace Platform.Audit;

/// <summary>The audit log over HTTP: the same selection as the page <c>/beheer/auditlog</c>.</summary>
internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit").RequireAuthorization(Policies.TenantAdmin).WithTags("Audit");
        group.MapGet("/", Read).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Who did what when, from every module's audit log (people and access, tenants, status page), newest first, " +
                "50 per page. Tenant admins see their own tenant only; platform admins every tenant and the platform, or one tenant (tenant=slug). " +
                "Filters: actor and kind (text in the name or kind), from and until (days, yyyy-MM-dd, inclusive, Brussels). " +
                "Sort: sort=wanneer (default), wie or soort, dir=asc or desc (unknown values: newest first).");
        group.MapGet("/export", Export).Produces(StatusCodes.Status200OK, contentType: Csv.ContentType).ProducesValidationProblem()
            .WithSummary("The same selection as CSV (ADR 0009), at most 10 000 rows.");
    }

    private const string InvalidSearch = "De zoekopdracht is ongeldig.";

    private static async Task<Results<Ok<AuditPage>, NotFound, ValidationProblem, ProblemHttpResult>> Read(
        string? tenant, string? actor, string? kind, string? from, string? until, int? page, string? sort, string? dir, AuditTrail trail, ClaimsPrincipal user, CancellationToken ct) =>
        (await trail.ReadAsync(user, new AuditFilter(tenant, actor, kind, from, until, page ?? 1, sort, dir), ct)).ToOk(found => found, InvalidSearch);

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> Export(
        string? tenant, string? actor, string? kind, string? from, string? until, string? sort, string? dir, AuditTrail trail, ClaimsPrincipal user, CancellationToken ct) =>
        (await trail.ReadAsync(user, new AuditFilter(tenant, actor, kind, from, until, Sort: sort, Dir: dir), ct, AuditTrail.ExportLimit))
            .ToHttp(found => TypedResults.File(AuditTrail.Csv(found), Csv.ContentType, "auditlog.csv"), InvalidSearch);
}
