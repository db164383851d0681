using System.Security.Claims;
using DataProtection.Changes;
using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.Erasure;

public sealed record ErasureResponse(Guid Id, string Choice, string Status, DateTimeOffset ConfirmedAt, DateTimeOffset ScheduledFor, Guid? ExportId,
    DateTimeOffset? CancelledAt, DateTimeOffset? ExecutedAt, int CertificateRecipients, string? Certificate);

/// <summary>Charter 12.2 for one tenant: erasure after the contract ended ("verwijderen").</summary>
internal static class ErasureApi
{
    public static void MapErasureApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        g.MapGet("/erasure", Erasures).WithSummary("The tenant's erasure requests.");
        g.MapPost("/erasure", Confirm).WithSummary("After the termination took effect: choose return-then-delete or delete, and confirm. Runs after the waiting period.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPost("/erasure/{id:guid}/cancel", Cancel).WithSummary("Cancel a scheduled erasure during the waiting period.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        g.MapGet("/erasure/{id:guid}/certificate", Certificate).WithSummary("The deletion certificate (PDF) of an executed erasure.");
    }

    internal static ErasureResponse ToResponse(ErasureRequest e, string slug) => new(e.Id, e.Choice.ToString(), e.Status.ToString(), e.ConfirmedAt,
        e.ScheduledFor, e.ExportId, e.CancelledAt, e.ExecutedAt, e.CertificateRecipients,
        e.Certificate is null ? null : $"/api/tenants/{slug}/data-protection/erasure/{e.Id}/certificate");

    private static async Task<List<ErasureResponse>> Erasures(string tenant, DataProtectionDbContext db, CancellationToken ct) =>
        [.. (await db.Erasures.AsNoTracking().OrderByDescending(e => e.ConfirmedAt).ToListAsync(ct)).Select(e => ToResponse(e, tenant))];

    private static async Task<Results<Created<ErasureResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Confirm(
        string tenant, ErasureChoiceRequest request, ConfirmErasure useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(request, PlatformClaims.UserId(user), ct)).ToCreated(value => $"/api/tenants/{tenant}/data-protection/erasure", value => ToResponse(value, tenant));

    private static async Task<Results<Ok<ErasureResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Cancel(
        string tenant, Guid id, CancelErasure useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(id, PlatformClaims.UserId(user), ct)).ToOk(value => ToResponse(value, tenant));

    private static async Task<Results<FileContentHttpResult, NotFound>> Certificate(Guid id, DataProtectionDbContext db, CancellationToken ct)
    {
        var e = await db.Erasures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Certificate != null, ct);
        return e is null ? TypedResults.NotFound() : TypedResults.File(e.Certificate!, "application/pdf", $"verwijderingsattest-{e.ExecutedAt:yyyy-MM-dd}.pdf");
    }
}
