using System.Security.Claims;
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
    public sealed record OnboardingRequestResponse(Guid Id, string Name, string RequesterName, string RequesterEmail, DateTimeOffset RequestedAt,
        string Status, OnboardTenantRequest Request, DateTimeOffset? DecidedAt = null, string? DecidedBy = null, string? Reason = null);

    public static void MapOnboardingRequestsApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/onboarding-requests").WithTags("Tenants");
        g.MapPost("/", Submit).AllowAnonymous().RequireRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite).WithSummary("A local government asks to be onboarded; a platform admin decides.")
            .ProducesValidationProblem();
        g.MapGet("/", List).RequireAuthorization(Policies.PlatformAdmin).WithSummary("Onboarding requests, pending first.");
        g.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Approve: creates the tenant and invites the requester as its admin.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.PlatformAdmin).WithSummary("One onboarding request.");
        g.MapPost("/{id:guid}/reject", Reject).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Reject a pending request with a reason; the reason is mailed to the requester.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Accepted<OnboardingRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Submit(OnboardingRequestBody body,
        OnboardingRequestSubmission submission, CancellationToken ct) =>
        (await submission.SubmitAsync(body, ct))
            .ToHttp(submitted => TypedResults.Accepted($"/api/onboarding-requests/{submitted.Id}", ToResponse(submitted)), "De aanvraag is onvolledig.");

    private static async Task<List<OnboardingRequestResponse>> List(OnboardingDecisions decisions, CancellationToken ct) =>
        (await decisions.ListAsync(ct)).Select(ToResponse).ToList();

    private static async Task<Results<Ok<OnboardingRequestResponse>, NotFound>> Get(Guid id, OnboardingDecisions decisions, CancellationToken ct) =>
        await decisions.FindAsync(id, ct) is { } row ? TypedResults.Ok(ToResponse(row)) : TypedResults.NotFound();

    private static async Task<Results<Created<TenantResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Approve(Guid id,
        OnboardingDecisions decisions, HttpContext http, CancellationToken ct)
    {
        var outcome = await decisions.ApproveAsync(id, http, ct);
        if (outcome.Ok) return TypedResults.Created($"/api/tenants/{outcome.Value!.Slug}", OnboardingApi.ToResponse(outcome.Value));
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk", detail: outcome.Conflict);
    }

    private static async Task<Results<Ok<OnboardingRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Reject(Guid id,
        RejectOnboardingRequest request, OnboardingDecisions decisions, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await decisions.RejectAsync(id, request, Actor.From(user), ct);
        if (outcome.Ok) return TypedResults.Ok(ToResponse(outcome.Value!));
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Al beslist", detail: outcome.Conflict);
    }

    private static OnboardingRequestResponse ToResponse(OnboardingRequest r) => new(r.Id, r.Name, r.RequesterName, r.RequesterEmail, r.RequestedAt,
        r.Status.ToString().ToLowerInvariant(), OnboardingDecisions.Details(r), r.DecidedAt, r.DecidedBy, r.DecisionReason);
}
