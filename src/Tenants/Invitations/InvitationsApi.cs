using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Tenants.Audit;
using Tenants.Persistence;

namespace Tenants.Invitations;

internal static class InvitationsApi
{
    public sealed record InvitationRequest(string? Email, string? DisplayName);

    public sealed record InvitationResponse(Guid Id, string Email, string DisplayName, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt);

    public static void MapInvitationsApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/tenants/{tenant}/invitations").WithTags("Tenants").RequireAuthorization(Policies.TenantAdmin);
        g.WithMetadata(new Platform.Kernel.Privacy.ReadsTenantPersonalDataAttribute("invitations", null));
        g.MapPost("/", Invite).WithSummary("Invite a tenant admin by e-mail (one-time link, valid 7 days).").ProducesValidationProblem();
        g.MapGet("/", List).WithSummary("The tenant's invitations.");
    }

    private static async Task<Results<Created<InvitationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Invite(InvitationRequest request, TenantContext current,
        InvitationService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var tenant = current.Tenant!;
        return (await service.InviteAsync(tenant.Id, tenant.Name, request.Email, request.DisplayName, Actor.From(user), ct))
            .ToCreated(_ => $"/api/tenants/{tenant.Identifier}/invitations", ToResponse);
    }

    // Invitations are global rows (found by token hash before sign-in), so the tenant filter is explicit here.
    private static async Task<List<InvitationResponse>> List(TenantContext current, TenantsDbContext db, CancellationToken ct) =>
        (await db.Invitations.AsNoTracking().Where(i => i.TenantId == current.TenantId).ToListAsync(ct))
            .OrderByDescending(i => i.CreatedAt).Select(ToResponse).ToList();

    private static InvitationResponse ToResponse(Invitation i) => new(i.Id, i.Email, i.DisplayName, i.ExpiresAt, i.AcceptedAt);
}
