using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Tenants.Audit;
using Tenants.Domain.Checks;
using Tenants.Invitations;
using Tenants.Persistence;

namespace Tenants.Onboarding;

/// <summary>Onboarding requested by a local government (anonymous) and approved or rejected by a platform admin.</summary>
internal static class OnboardingRequestsApi
{
    public sealed record RequesterDto(string? Name, string? Email);

    public sealed record OnboardingRequestBody(
        string? Slug, string? Name, string? Kbo, string? NisCode, AddressDto? Address, List<InhabitantsDto>? Inhabitants, RequesterDto? Requester);

    public sealed record OnboardingRequestResponse(Guid Id, string Name, string RequesterName, string RequesterEmail, DateTimeOffset RequestedAt,
        string Status, OnboardTenantRequest Request);

    public static void MapOnboardingRequestsApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/onboarding-requests").WithTags("Tenants");
        g.MapPost("/", Submit).AllowAnonymous().RequireRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite).WithSummary("A local government asks to be onboarded; a platform admin decides.")
            .ProducesValidationProblem();
        g.MapGet("/", List).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Onboarding requests, pending first.");
        g.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Approve: creates the tenant and invites the requester as its admin.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPost("/{id:guid}/reject", Reject).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Reject a pending request.");
    }

    private static async Task<Results<Accepted<OnboardingRequestResponse>, ValidationProblem>> Submit(OnboardingRequestBody body,
        TenantsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var request = new OnboardTenantRequest(body.Slug, body.Name, body.Kbo, body.NisCode, body.Address, body.Inhabitants);
        var now = clock.GetUtcNow();
        var errors = OnboardingValidation.Validate(request, now.Year);
        if (Check.Required(body.Requester?.Name, "Uw naam", 200) is { } n) errors["requester.name"] = [n];
        if (Check.Email(body.Requester?.Email, "Uw e-mailadres") is { } e) errors["requester.email"] = [e];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "De aanvraag is onvolledig.");
        var row = new OnboardingRequest
        {
            Id = Guid.CreateVersion7(now), Payload = JsonSerializer.Serialize(request, JsonSerializerOptions.Web), Name = request.Name!.Trim(),
            RequesterName = body.Requester!.Name!.Trim(), RequesterEmail = body.Requester.Email!.Trim(), RequestedAt = now,
        };
        db.OnboardingRequests.Add(row);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/onboarding-requests/{row.Id}", ToResponse(row));
    }

    private static async Task<List<OnboardingRequestResponse>> List(TenantsDbContext db, CancellationToken ct) =>
        (await db.OnboardingRequests.AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.Status).ThenBy(r => r.RequestedAt).Select(ToResponse).ToList();

    private static async Task<Results<Created<TenantResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Approve(Guid id,
        TenantsDbContext db, TimeProvider clock, InvitationService invitations, HttpContext http, CancellationToken ct)
    {
        var (tenant, status, errors, detail) = await ApproveAsync(id, db, clock, invitations, http, ct);
        return status switch
        {
            201 => TypedResults.Created($"/api/tenants/{tenant!.Slug}", OnboardingApi.ToResponse(tenant)),
            404 => TypedResults.NotFound(),
            400 => TypedResults.ValidationProblem(errors),
            _ => TypedResults.Problem(statusCode: status, title: "Niet mogelijk", detail: detail),
        };
    }

    /// <summary>Creates the tenant from the request and invites the requester; used by the API and the tenants page.</summary>
    internal static async Task<(Directory.Tenant? Tenant, int Status, Dictionary<string, string[]> Errors, string? Detail)> ApproveAsync(Guid id,
        TenantsDbContext db, TimeProvider clock, InvitationService invitations, HttpContext http, CancellationToken ct)
    {
        var row = await db.OnboardingRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null) return (null, 404, [], null);
        if (row.Status != OnboardingRequestStatus.Pending) return (null, 409, [], "Over deze aanvraag is al beslist.");
        var request = JsonSerializer.Deserialize<OnboardTenantRequest>(row.Payload, JsonSerializerOptions.Web)!;
        var (tenant, errors, conflict) = await OnboardingApi.CreateAsync(request, db, clock, http, ct);
        if (conflict is not null) return (null, 409, [], $"Er bestaat al een lokaal bestuur met deze {(conflict == "slug" ? "slug" : "KBO")}.");
        if (tenant is null) return (null, 400, errors, null);
        var actor = Actor.From(http.User);
        row.Status = OnboardingRequestStatus.Approved;
        row.DecidedAt = clock.GetUtcNow();
        row.DecidedBy = actor.Name;
        row.TenantId = tenant.Id;
        await db.SaveChangesAsync(ct);
        await invitations.InviteAsync(tenant.Id, tenant.Name, row.RequesterEmail, row.RequesterName, actor, ct);
        return (tenant, 201, [], null);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Reject(Guid id, TenantsDbContext db, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var row = await db.OnboardingRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null) return TypedResults.NotFound();
        if (row.Status != OnboardingRequestStatus.Pending)
            return TypedResults.Problem(statusCode: 409, title: "Al beslist", detail: "Over deze aanvraag is al beslist.");
        row.Status = OnboardingRequestStatus.Rejected;
        row.DecidedAt = clock.GetUtcNow();
        row.DecidedBy = Actor.From(user).Name;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static OnboardingRequestResponse ToResponse(OnboardingRequest r) => new(r.Id, r.Name, r.RequesterName, r.RequesterEmail, r.RequestedAt,
        r.Status.ToString().ToLowerInvariant(), JsonSerializer.Deserialize<OnboardTenantRequest>(r.Payload, JsonSerializerOptions.Web)!);
}
