using System.Security.Claims;
using DataProtection.Changes;
using DataProtection.Domain;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.Changes;

public sealed record SubProcessorResponse(Guid Id, string Name, string? Details, string Service, string Location, bool InEea, string? TransferBasis, DateOnly Since, DateOnly? Until);

public sealed record CharterVersionResponse(string Version, DateOnly EffectiveOn, string Summary);

public sealed record ChangeResponse(Guid Id, string Kind, string Status, string Title, DateTimeOffset AnnouncedAt, DateOnly EffectiveOn,
    DateOnly ObjectionDeadline, string Summary, string? Name, string? Details, string? Service, string? Location, bool InEea,
    string? TransferBasis, Guid? Replaces, string? CharterVersion);

public sealed record NoticeResponse(Guid TenantId, string? Tenant, DateTimeOffset SentAt, string Recipients, bool ToDpo, string Subject, string Body);

public sealed record ObjectionResponse(Guid Id, Guid TenantId, string? Tenant, Guid ChangeId, string Reason, DateTimeOffset FiledAt,
    string? Settlement, string? SettlementNote, DateTimeOffset? SettledAt);

public sealed record ChangeDetailResponse(ChangeResponse Change, List<NoticeResponse> Notices, List<ObjectionResponse> Objections);

/// <summary>Sub-processor register, charter versions and announced changes (charter 6, 14.3).</summary>
internal static class ChangesApi
{
    public static void MapChangesApi(this IEndpointRouteBuilder endpoints)
    {
        var read = endpoints.MapGroup("/api/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        read.MapGet("/sub-processors", SubProcessors).WithSummary("The sub-processor register (Bijlage 2), current and past.");
        read.MapGet("/charter-versions", CharterVersions).WithSummary("Versions of the processing charter.");
        read.MapGet("/changes", Changes).WithSummary("Announced sub-processor and charter changes, newest first.");

        var admin = endpoints.MapGroup("/api/data-protection/changes").WithTags("Data protection").RequireAuthorization(Policies.PlatformAdmin);
        admin.MapPost("/", Announce).WithSummary("Announce a sub-processor addition or replacement or a new charter version (≥ 30 days ahead); mails every tenant's DPO contact, else SPOC.")
            .ProducesValidationProblem();
        admin.MapGet("/{id:guid}", Detail).WithSummary("One change with its sent-log (proof of sending) and the objections of all tenants.");
        admin.MapPost("/objections/{id:guid}/settlement", Settle).WithSummary("Record how an objection was settled: Kept, Replaced or NotAppointed (withdraws the change).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        var tenant = endpoints.MapGroup("/api/tenants/{tenant}/data-protection").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        tenant.MapGet("/objections", TenantObjections).WithSummary("The tenant's objections and how they were settled.");
        tenant.MapGet("/notices", TenantNotices).WithSummary("The notices of changes sent to the tenant (sent-log).");
        tenant.MapPost("/changes/{id:guid}/objections", Object).WithSummary("Object, reasoned, to an announced change within its 30 days.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<List<SubProcessorResponse>> SubProcessors(DataProtectionDbContext db, CancellationToken ct) =>
        (await db.SubProcessors.AsNoTracking().OrderBy(s => s.Since).ThenBy(s => s.Name).ToListAsync(ct)).Select(ToResponse).ToList();

    private static async Task<List<CharterVersionResponse>> CharterVersions(DataProtectionDbContext db, CancellationToken ct) =>
        (await db.CharterVersions.AsNoTracking().OrderByDescending(v => v.EffectiveOn).ToListAsync(ct))
            .Select(v => new CharterVersionResponse(v.Version, v.EffectiveOn, v.Summary)).ToList();

    private static async Task<List<ChangeResponse>> Changes(DataProtectionDbContext db, CancellationToken ct) =>
        (await db.Changes.AsNoTracking().OrderByDescending(c => c.AnnouncedAt).ToListAsync(ct)).Select(ToResponse).ToList();

    private static async Task<Results<Created<ChangeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Announce(
        AnnounceRequest request, AnnounceChange useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(request, PlatformClaims.UserId(user), ct)).ToCreated(value => $"/api/data-protection/changes/{value.Id}", value => ToResponse(value));

    private static async Task<Results<Ok<ChangeDetailResponse>, NotFound>> Detail(Guid id, DataProtectionDbContext db, ITenantDirectory directory, CancellationToken ct)
    {
        var change = await db.Changes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null) return TypedResults.NotFound();
        var names = (await directory.AllAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
        var notices = await AcrossTenants.Notices(db).AsNoTracking().Where(n => n.ChangeId == id).OrderBy(n => n.SentAt).ToListAsync(ct);
        var objections = await AcrossTenants.Objections(db).AsNoTracking().Where(o => o.ChangeId == id).OrderBy(o => o.FiledAt).ToListAsync(ct);
        return TypedResults.Ok(new ChangeDetailResponse(ToResponse(change),
            notices.Select(n => ToResponse(n, names.GetValueOrDefault(n.TenantId))).ToList(),
            objections.Select(o => ToResponse(o, names.GetValueOrDefault(o.TenantId))).ToList()));
    }

    private static async Task<Results<Ok<ObjectionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Settle(
        Guid id, SettlementRequest request, SettleObjection useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(id, request, PlatformClaims.UserId(user), ct)).ToOk(value => ToResponse(value, null));

    private static async Task<List<ObjectionResponse>> TenantObjections(DataProtectionDbContext db, CancellationToken ct) =>
        (await db.Objections.AsNoTracking().OrderByDescending(o => o.FiledAt).ToListAsync(ct)).Select(o => ToResponse(o, null)).ToList();

    private static async Task<List<NoticeResponse>> TenantNotices(DataProtectionDbContext db, CancellationToken ct) =>
        (await db.Notices.AsNoTracking().OrderByDescending(n => n.SentAt).ToListAsync(ct)).Select(n => ToResponse(n, null)).ToList();

    private static async Task<Results<Created<ObjectionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Object(
        string tenant, Guid id, ObjectionRequest request, FileObjection useCase, ClaimsPrincipal user, CancellationToken ct) =>
        (await useCase.RunAsync(id, request, PlatformClaims.UserId(user), ct)).ToCreated(value => $"/api/tenants/{tenant}/data-protection/objections", value => ToResponse(value, null));


    internal static SubProcessorResponse ToResponse(SubProcessor s) =>
        new(s.Id, s.Name, s.Details, s.Service, s.Location, s.InEea, s.TransferBasis, s.Since, s.Until);

    internal static ChangeResponse ToResponse(PlannedChange c) =>
        new(c.Id, c.Kind.ToString(), c.Status.ToString(), c.Title, c.AnnouncedAt, c.EffectiveOn, c.ObjectionDeadline, c.Summary,
            c.Name, c.Details, c.Service, c.Location, c.InEea, c.TransferBasis, c.ReplacesId, c.CharterVersion);

    private static NoticeResponse ToResponse(ChangeNotice n, string? tenant) => new(n.TenantId, tenant, n.SentAt, n.Recipients, n.ToDpo, n.Subject, n.Body);

    private static ObjectionResponse ToResponse(Objection o, string? tenant) =>
        new(o.Id, o.TenantId, tenant, o.ChangeId, o.Reason, o.FiledAt, o.Settlement?.ToString(), o.SettlementNote, o.SettledAt);
}
