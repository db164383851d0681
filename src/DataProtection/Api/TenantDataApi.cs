using System.Security.Claims;
using DataProtection.Changes;
using DataProtection.Erasure;
using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;

namespace DataProtection.Api;

/// <param name="Percent">Modules written of all modules, 0–100.</param>
public sealed record ExportResponse(Guid Id, string Status, int Percent, string? Step, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt, long? Bytes, string? Sha256, string? Download);

public sealed record ErasureResponse(Guid Id, string Choice, string Status, DateTimeOffset ConfirmedAt, DateTimeOffset ScheduledFor, Guid? ExportId,
    DateTimeOffset? CancelledAt, DateTimeOffset? ExecutedAt, int CertificateRecipients, string? Certificate);

/// <summary>Charter 12.2 for one tenant: export of its data ("terugbezorgen") and erasure after the contract ended ("verwijderen").</summary>
internal static class TenantDataApi
{
    public static void MapTenantDataApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        g.MapGet("/exports", Exports).WithSummary("The tenant's exports, newest first, with progress.");
        g.MapPost("/exports", StartExport).WithSummary("Start building an archive of all the tenant's data (background job).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        g.MapGet("/exports/{id:guid}", Export).WithSummary("One export with its progress.");
        g.MapGet("/exports/{id:guid}/archive", Download).WithSummary("Download a ready archive (ZIP). Every download is recorded.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("export"));
        g.MapGet("/erasure", Erasures).WithSummary("The tenant's erasure requests.");
        g.MapPost("/erasure", Confirm).WithSummary("After the termination took effect: choose return-then-delete or delete, and confirm. Runs after the waiting period.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPost("/erasure/{id:guid}/cancel", Cancel).WithSummary("Cancel a scheduled erasure during the waiting period.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        g.MapGet("/erasure/{id:guid}/certificate", Certificate).WithSummary("The deletion certificate (PDF) of an executed erasure.");
    }

    internal static string ArchiveLink(string slug, Guid id) => $"/api/tenants/{slug}/data-protection/exports/{id}/archive";

    internal static ExportResponse ToResponse(TenantExport e, string slug) => new(e.Id, e.Status.ToString(), e.Percent, e.Step, e.RequestedAt,
        e.CompletedAt, e.ExpiresAt, e.Bytes, e.Sha256, e.Status == ExportStatus.Ready ? ArchiveLink(slug, e.Id) : null);

    internal static ErasureResponse ToResponse(ErasureRequest e, string slug) => new(e.Id, e.Choice.ToString(), e.Status.ToString(), e.ConfirmedAt,
        e.ScheduledFor, e.ExportId, e.CancelledAt, e.ExecutedAt, e.CertificateRecipients,
        e.Certificate is null ? null : $"/api/tenants/{slug}/data-protection/erasure/{e.Id}/certificate");

    private static async Task<List<ExportResponse>> Exports(string tenant, DataProtectionDbContext db, CancellationToken ct) =>
        [.. (await db.Exports.AsNoTracking().OrderByDescending(e => e.RequestedAt).ToListAsync(ct)).Select(e => ToResponse(e, tenant))];

    private static async Task<Results<Ok<ExportResponse>, NotFound>> Export(string tenant, Guid id, DataProtectionDbContext db, CancellationToken ct) =>
        await db.Exports.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e ? TypedResults.Ok(ToResponse(e, tenant)) : TypedResults.NotFound();

    private static async Task<Results<Accepted<ExportResponse>, NotFound, ProblemHttpResult>> StartExport(
        string tenant, RequestExport useCase, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        return TypedResults.Accepted($"/api/tenants/{tenant}/data-protection/exports/{outcome.Value!.Id}", ToResponse(outcome.Value, tenant));
    }

    private static async Task<Results<FileStreamHttpResult, NotFound, ProblemHttpResult>> Download(
        Guid id, DownloadExport useCase, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(id, PlatformClaims.UserId(user), RoleOf(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        return TypedResults.File(File.OpenRead(outcome.Value!.Path), "application/zip", outcome.Value.Export.FileName);
    }

    private static async Task<List<ErasureResponse>> Erasures(string tenant, DataProtectionDbContext db, CancellationToken ct) =>
        [.. (await db.Erasures.AsNoTracking().OrderByDescending(e => e.ConfirmedAt).ToListAsync(ct)).Select(e => ToResponse(e, tenant))];

    private static async Task<Results<Created<ErasureResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Confirm(
        string tenant, ErasureChoiceRequest request, ConfirmErasure useCase, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(request, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Created($"/api/tenants/{tenant}/data-protection/erasure", ToResponse(outcome.Value!, tenant));
    }

    private static async Task<Results<Ok<ErasureResponse>, NotFound, ProblemHttpResult>> Cancel(
        string tenant, Guid id, CancelErasure useCase, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(id, PlatformClaims.UserId(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        return TypedResults.Ok(ToResponse(outcome.Value!, tenant));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Certificate(Guid id, DataProtectionDbContext db, CancellationToken ct)
    {
        var e = await db.Erasures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Certificate != null, ct);
        return e is null ? TypedResults.NotFound() : TypedResults.File(e.Certificate!, "application/pdf", $"verwijderingsattest-{e.ExecutedAt:yyyy-MM-dd}.pdf");
    }

    internal static string RoleOf(ClaimsPrincipal user) => user.IsInRole(Roles.PlatformAdmin) ? Roles.PlatformAdmin : Roles.TenantAdmin;

    private static ProblemHttpResult Conflict(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk");
}
