using System.Security.Claims;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.SubjectRequests;

public sealed record SubjectRequestResponse(Guid Id, string Reference, Guid TenantId, string? Tenant, DateTimeOffset ReceivedAt, SubjectRequestChannel Channel,
    SubjectRequestKind Kind, string Description, SubjectRequestStatus Status, DateTimeOffset ForwardedAt, string Recipients, bool ToDpo,
    DateTimeOffset? AnsweredAt, DateTimeOffset? ClosedAt, string? Note);

/// <summary>Data-subject requests (charter 7): staff log them (passed on at once); the tenant sees, answers and closes its own.</summary>
internal static class SubjectRequestsApi
{
    public static void MapSubjectRequestsApi(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/api/data-protection/subject-requests").WithTags("Data protection").RequireAuthorization(Policies.Agent);
        staff.MapGet("/", All).WithSummary("Every data-subject request logged, newest first.");
        staff.MapPost("/", Log).WithSummary("Log a data-subject request that reached Digitaal Vlaanderen and mail it at once to the tenant's DPO contact (else SPOC).")
            .ProducesValidationProblem();

        var tenant = endpoints.MapGroup("/api/tenants/{tenant}/data-protection/subject-requests").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        tenant.MapGet("/", Own).WithSummary("This tenant's data-subject requests passed on by Digitaal Vlaanderen, newest first.");
        tenant.MapPost("/{id:guid}/answered", Answered).WithSummary("The tenant answered the data subject.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        tenant.MapPost("/{id:guid}/close", Close).WithSummary("Close the request.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<List<SubjectRequestResponse>> All(DataProtectionDbContext db, ITenantDirectory directory, CancellationToken ct)
    {
        var slugs = (await directory.AllAsync(ct)).ToDictionary(t => t.Id, t => t.Slug);
        return (await AcrossTenants.SubjectRequests(db).AsNoTracking().OrderByDescending(r => r.ReceivedAt).ToListAsync(ct))
            .Select(r => ToResponse(r, slugs.GetValueOrDefault(r.TenantId))).ToList();
    }

    private static async Task<Results<Created<SubjectRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Log(
        SubjectRequestRequest request, LogSubjectRequest useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(request, PlatformClaims.UserId(user), ct))
            .ToCreated(_ => $"/api/tenants/{request.Tenant!.Trim()}/data-protection/subject-requests", logged => ToResponse(logged, request.Tenant!.Trim()));

    private static async Task<List<SubjectRequestResponse>> Own(string tenant, DataProtectionDbContext db, CancellationToken ct) =>
        (await db.SubjectRequests.AsNoTracking().OrderByDescending(r => r.ReceivedAt).ToListAsync(ct)).Select(r => ToResponse(r, tenant)).ToList();

    private static async Task<Results<Ok<SubjectRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Answered(
        string tenant, Guid id, SubjectRequestNote? note, UpdateSubjectRequest useCase, ClaimsPrincipal user, CancellationToken ct) =>
        Then(await useCase.AnswerAsync(id, note ?? new(null), PlatformClaims.UserId(user), ct), tenant);

    private static async Task<Results<Ok<SubjectRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        string tenant, Guid id, SubjectRequestNote? note, UpdateSubjectRequest useCase, ClaimsPrincipal user, CancellationToken ct) =>
        Then(await useCase.CloseAsync(id, note ?? new(null), PlatformClaims.UserId(user), ct), tenant);

    private static Results<Ok<SubjectRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult> Then(Outcome<SubjectRequest> outcome, string tenant) =>
        outcome.ToOk(request => ToResponse(request, tenant));

    internal static SubjectRequestResponse ToResponse(SubjectRequest r, string? slug) =>
        new(r.Id, r.Reference, r.TenantId, slug, r.ReceivedAt, r.Channel, r.Kind, r.Description, r.Status, r.ForwardedAt, r.Recipients, r.ToDpo,
            r.AnsweredAt, r.ClosedAt, r.Note);
}
