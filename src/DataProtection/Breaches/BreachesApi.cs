using System.Security.Claims;
using DataProtection.Breaches;
using DataProtection.Changes;
using DataProtection.Domain;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;

namespace DataProtection.Breaches;

public sealed record BreachSummary(Guid Id, string Title, DateTimeOffset DetectedAt, DateTimeOffset? ClosedAt, int AffectedTenants, int NotNotified);

/// <param name="Elapsed">Time from detection to notification (or to now while not notified), ISO 8601 duration.</param>
public sealed record ImpactResponse(Guid Id, Guid TenantId, string? Tenant, string Categories, int ApproximateCount, DateTimeOffset? NotifiedAt,
    string? Recipients, TimeSpan Elapsed, DateTimeOffset DueAt, bool Late);

public sealed record BreachUpdateResponse(DateTimeOffset At, string Text);

public sealed record BreachResponse(Guid Id, string Title, DateTimeOffset DetectedAt, DateTimeOffset RecordedAt, string Nature, string Consequences,
    string MeasuresTaken, string? MeasuresProposed, string DpoContact, DateTimeOffset? ClosedAt, string? LessonsLearned,
    List<ImpactResponse> Affected, List<BreachUpdateResponse> Updates);

/// <summary>The breach register and notification of affected tenants (charter 8).</summary>
internal static class BreachesApi
{
    public static void MapBreachesApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/data-protection/breaches").WithTags("Data protection").RequireAuthorization(Policies.PlatformAdmin);
        admin.MapGet("/", List).WithSummary("The breach register, newest detection first.");
        admin.MapPost("/", Record).WithSummary("Record a personal-data breach with the content of its notification (8.2).").ProducesValidationProblem();
        admin.MapGet("/{id:guid}", Get).WithSummary("One breach with its affected tenants and the clock since detection.");
        admin.MapPost("/{id:guid}/tenants", AddTenant).WithSummary("Add an affected tenant with its categories and approximate number of data subjects.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/notify", Notify).WithSummary("Mail every affected tenant not yet told (DPO contact, else SPOC) with a PDF of its part.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/updates", AddUpdate).WithSummary("A follow-up, mailed to the tenants already notified.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/close", Close).WithSummary("Close the breach with the lessons learned.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        var tenant = endpoints.MapGroup("/api/tenants/{tenant}/data-protection/breaches").WithTags("Data protection").RequireAuthorization(Policies.TenantAdmin);
        tenant.MapGet("/", TenantBreaches).WithSummary("Breaches that affected this tenant, with its part only.");
        tenant.MapGet("/{id:guid}/pdf", TenantPdf).WithSummary("This tenant's notification of a breach as PDF.");
    }

    private static async Task<List<BreachSummary>> List(DataProtectionDbContext db, CancellationToken ct)
    {
        var breaches = await db.Breaches.AsNoTracking().OrderByDescending(b => b.DetectedAt).ToListAsync(ct);
        var impacts = await AcrossTenants.BreachImpacts(db).AsNoTracking().Select(i => new { i.BreachId, i.NotifiedAt }).ToListAsync(ct);
        return breaches.Select(b => new BreachSummary(b.Id, b.Title, b.DetectedAt, b.ClosedAt,
            impacts.Count(i => i.BreachId == b.Id), impacts.Count(i => i.BreachId == b.Id && i.NotifiedAt == null))).ToList();
    }

    private static async Task<Results<Created<BreachResponse>, ValidationProblem>> Record(
        BreachRequest request, RecordBreach useCase, DataProtectionDbContext db, ITenantDirectory directory, IOptions<DataProtectionOptions> options,
        TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(request, PlatformClaims.UserId(user), ct);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Created($"/api/data-protection/breaches/{outcome.Value!.Id}",
            (await LoadAsync(db, directory, outcome.Value.Id, options.Value, clock, ct))!);
    }

    private static async Task<Results<Ok<BreachResponse>, NotFound>> Get(
        Guid id, DataProtectionDbContext db, ITenantDirectory directory, IOptions<DataProtectionOptions> options, TimeProvider clock, CancellationToken ct) =>
        await LoadAsync(db, directory, id, options.Value, clock, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound();

    private static async Task<Results<Created<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddTenant(
        Guid id, ImpactRequest request, AddAffectedTenant useCase, DataProtectionDbContext db, ITenantDirectory directory,
        IOptions<DataProtectionOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(id, request, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Created($"/api/data-protection/breaches/{id}", (await LoadAsync(db, directory, id, options.Value, clock, ct))!);
    }

    private static async Task<Results<Ok<BreachResponse>, NotFound, ProblemHttpResult>> Notify(
        Guid id, NotifyBreach useCase, DataProtectionDbContext db, ITenantDirectory directory, IOptions<DataProtectionOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(id, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        return TypedResults.Ok((await LoadAsync(db, directory, id, options.Value, clock, ct))!);
    }

    private static async Task<Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddUpdate(
        Guid id, BreachTextRequest request, FollowUpBreach useCase, DataProtectionDbContext db, ITenantDirectory directory,
        IOptions<DataProtectionOptions> options, TimeProvider clock, CancellationToken ct) =>
        Then(await useCase.UpdateAsync(id, request, ct), await LoadAsync(db, directory, id, options.Value, clock, ct));

    private static async Task<Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, BreachTextRequest request, FollowUpBreach useCase, DataProtectionDbContext db, ITenantDirectory directory,
        IOptions<DataProtectionOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await useCase.CloseAsync(id, request, ct);
        return Then(outcome, await LoadAsync(db, directory, id, options.Value, clock, ct));
    }

    private static Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult> Then<T>(Outcome<T> outcome, BreachResponse? response)
    {
        if (outcome.NotFound || response is null) return TypedResults.NotFound();
        if (outcome.Conflict is { } reason) return Conflict(reason);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok(response);
    }

    private static async Task<List<BreachResponse>> TenantBreaches(
        DataProtectionDbContext db, TenantContext current, IOptions<DataProtectionOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var impacts = await db.BreachImpacts.AsNoTracking().Where(i => i.NotifiedAt != null).ToListAsync(ct);
        var ids = impacts.Select(i => i.BreachId).ToList();
        var breaches = await db.Breaches.AsNoTracking().Where(b => ids.Contains(b.Id)).OrderByDescending(b => b.DetectedAt).ToListAsync(ct);
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => ids.Contains(u.BreachId)).OrderBy(u => u.At).ToListAsync(ct);
        return breaches.Select(b => ToResponse(b, impacts.Where(i => i.BreachId == b.Id).ToList(), updates.Where(u => u.BreachId == b.Id).ToList(),
            _ => current.Tenant?.Name, options.Value, clock.GetUtcNow())).ToList();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> TenantPdf(
        Guid id, DataProtectionDbContext db, TenantContext current, TimeProvider clock, CancellationToken ct)
    {
        var impact = await db.BreachImpacts.AsNoTracking().FirstOrDefaultAsync(i => i.BreachId == id && i.NotifiedAt != null, ct);
        var breach = impact is null ? null : await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null) return TypedResults.NotFound();
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => u.BreachId == id).OrderBy(u => u.At).ToListAsync(ct);
        return TypedResults.File(BreachPdf.Render(breach, impact!, updates, current.Tenant?.Name ?? "", clock.GetUtcNow()), "application/pdf", BreachPdf.FileName(breach));
    }

    internal static async Task<BreachResponse?> LoadAsync(DataProtectionDbContext db, ITenantDirectory directory, Guid id, DataProtectionOptions options, TimeProvider clock, CancellationToken ct)
    {
        var breach = await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null) return null;
        var impacts = await AcrossTenants.BreachImpacts(db).AsNoTracking().Where(i => i.BreachId == id).OrderBy(i => i.Id).ToListAsync(ct);
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => u.BreachId == id).OrderBy(u => u.At).ToListAsync(ct);
        var names = (await directory.AllAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
        return ToResponse(breach, impacts, updates, t => names.GetValueOrDefault(t), options, clock.GetUtcNow());
    }

    private static BreachResponse ToResponse(Breach b, List<BreachImpact> impacts, List<BreachUpdate> updates, Func<Guid, string?> name, DataProtectionOptions options, DateTimeOffset now) =>
        new(b.Id, b.Title, b.DetectedAt, b.RecordedAt, b.Nature, b.Consequences, b.MeasuresTaken, b.MeasuresProposed, BreachMails.DvDpo, b.ClosedAt, b.LessonsLearned,
            impacts.Select(i =>
            {
                var reading = BreachClock.Read(b.DetectedAt, options.BreachNotificationTarget, now, i.NotifiedAt);
                return new ImpactResponse(i.Id, i.TenantId, name(i.TenantId), i.Categories, i.ApproximateCount, i.NotifiedAt, i.Recipients, reading.Elapsed, reading.DueAt, reading.Late);
            }).ToList(),
            updates.Select(u => new BreachUpdateResponse(u.At, u.Text)).ToList());

    private static ProblemHttpResult Conflict(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk");
}
