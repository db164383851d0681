using System.Security.Claims;
using DataProtection.Changes;
using DataProtection.Erasure;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.Export;

/// <param name="Percent">Modules written of all modules, 0–100.</param>
public sealed record ExportResponse(Guid Id, string Status, int Percent, string? Step, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt, long? Bytes, string? Sha256, string? Download);

/// <summary>Charter 12.2 for one tenant: export of its data ("terugbezorgen").</summary>
internal static class ExportApi
{
    public static void MapExportApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        g.MapGet("/exports", Exports).WithSummary("The tenant's exports, newest first, with progress.");
        g.MapPost("/exports", StartExport).WithSummary("Start building an archive of all the tenant's data (background job).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        g.MapGet("/exports/{id:guid}", Export).WithSummary("One export with its progress.");
        g.MapGet("/exports/{id:guid}/archive", Download).WithSummary("Download a ready archive (ZIP). Every download is recorded.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("export"));
    }

    internal static string ArchiveLink(string slug, Guid id) => $"/api/tenants/{slug}/data-protection/exports/{id}/archive";

    internal static ExportResponse ToResponse(TenantExport e, string slug) => new(e.Id, e.Status.ToString(), e.Percent, e.Step, e.RequestedAt,
        e.CompletedAt, e.ExpiresAt, e.Bytes, e.Sha256, e.Status == ExportStatus.Ready ? ArchiveLink(slug, e.Id) : null);

    private static async Task<List<ExportResponse>> Exports(string tenant, DataProtectionDbContext db, CancellationToken ct) =>
        [.. (await db.Exports.AsNoTracking().OrderByDescending(e => e.RequestedAt).ToListAsync(ct)).Select(e => ToResponse(e, tenant))];

    private static async Task<Results<Ok<ExportResponse>, NotFound>> Export(string tenant, Guid id, DataProtectionDbContext db, CancellationToken ct) =>
        await db.Exports.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e ? TypedResults.Ok(ToResponse(e, tenant)) : TypedResults.NotFound();

    private static async Task<Results<Accepted<ExportResponse>, NotFound, ValidationProblem, ProblemHttpResult>> StartExport(
        string tenant, RequestExport useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(PlatformClaims.UserId(user), ct))
            .ToHttp(export => TypedResults.Accepted($"/api/tenants/{tenant}/data-protection/exports/{export.Id}", ToResponse(export, tenant)));

    private static async Task<Results<FileStreamHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> Download(
        Guid id, DownloadExport useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(id, PlatformClaims.UserId(user), RoleOf(user), ct))
            .ToHttp(archive => TypedResults.File(File.OpenRead(archive.Path), "application/zip", archive.Export.FileName));

    internal static string RoleOf(ClaimsPrincipal user) => user.IsInRole(Roles.PlatformAdmin) ? Roles.PlatformAdmin : Roles.TenantAdmin;
}
