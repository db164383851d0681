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

namespace DataProtection.Breaches;

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

    private static Task<List<BreachSummary>> List(BreachRegister register, CancellationToken ct) => register.ListAsync(ct);

    private static async Task<Results<Created<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Record(
        BreachRequest request, RecordBreach useCase, BreachRegister register, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(request, PlatformClaims.UserId(user), ct);
        var breach = outcome.Ok ? await register.FindAsync(outcome.Value!.Id, ct) : null;
        return outcome.ToCreated(recorded => $"/api/data-protection/breaches/{recorded.Id}", _ => breach!);
    }

    private static async Task<Results<Ok<BreachResponse>, NotFound>> Get(
        Guid id, BreachRegister register, CancellationToken ct) =>
        await register.FindAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound();

    private static async Task<Results<Created<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddTenant(
        Guid id, ImpactRequest request, AddAffectedTenant useCase, BreachRegister register, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(id, request, ct);
        var breach = outcome.Ok ? await register.FindAsync(id, ct) : null;
        return outcome.ToCreated(_ => $"/api/data-protection/breaches/{id}", _ => breach!);
    }

    private static async Task<Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Notify(
        Guid id, NotifyBreach useCase, BreachRegister register, CancellationToken ct)
    {
        return await (await useCase.RunAsync(id, ct)).ToOkAsync(_ => register.FindAsync(id, ct));
    }

    private static async Task<Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddUpdate(
        Guid id, BreachTextRequest request, FollowUpBreach useCase, BreachRegister register, CancellationToken ct) =>
        Then(await useCase.UpdateAsync(id, request, ct), await register.FindAsync(id, ct));

    private static async Task<Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, BreachTextRequest request, FollowUpBreach useCase, BreachRegister register, CancellationToken ct)
    {
        var outcome = await useCase.CloseAsync(id, request, ct);
        return Then(outcome, await register.FindAsync(id, ct));
    }

    private static Results<Ok<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult> Then<T>(Outcome<T> outcome, BreachResponse? response) =>
        response is null ? TypedResults.NotFound() : outcome.ToOk(_ => response);

    private static Task<List<BreachResponse>> TenantBreaches(BreachRegister register, TenantContext current, CancellationToken ct) =>
        register.OfTenantAsync(current, ct);

    private static async Task<Results<FileContentHttpResult, NotFound>> TenantPdf(
        Guid id, DataProtectionDbContext db, TenantContext current, TimeProvider clock, CancellationToken ct)
    {
        var impact = await db.BreachImpacts.AsNoTracking().FirstOrDefaultAsync(i => i.BreachId == id && i.NotifiedAt != null, ct);
        var breach = impact is null ? null : await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null) return TypedResults.NotFound();
        var updates = await db.BreachUpdates.AsNoTracking().Where(u => u.BreachId == id).OrderBy(u => u.At).ToListAsync(ct);
        return TypedResults.File(BreachPdf.Render(breach, impact!, updates, current.Tenant?.Name ?? "", clock.GetUtcNow()), "application/pdf", BreachPdf.FileName(breach));
    }
}
