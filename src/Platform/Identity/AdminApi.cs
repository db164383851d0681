using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Platform.Kernel.UseCases;
using Platform.Persistence;
using Platform.Audit;

namespace Platform.Identity;

/// <summary>People and API keys, for platform admins; <c>/api/me</c> for anyone signed in.</summary>
internal static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/me", Me).RequireAuthorization().WithTags("Identity")
            .WithSummary("The caller: user id, roles and tenant.");

        var admin = endpoints.MapGroup("/api/admin").RequireAuthorization(Policies.PlatformAdmin).WithTags("Administration");
        admin.MapGet("/users", ListUsers).WithSummary("All users with their role and tenant.");
        admin.MapPost("/users", CreateUser).WithSummary("Create a user with one role (tenant-bound roles need a tenant slug).");
        admin.MapPost("/users/invitations", InviteUser).ProducesValidationProblem()
            .WithSummary("Invite a person with one role (and tenant for tenant admins): the account is made without a password and the person chooses one from a one-time e-mailed link.");
        admin.MapPut("/users/{userId:guid}/role", ChangeRole).ProducesValidationProblem()
            .WithSummary("Change a user's role (and tenant); reporters are named by their tenant's admin only (3 seats).");
        admin.MapPost("/users/{userId:guid}/deactivate", (Guid userId, UserAdministration a, ClaimsPrincipal u, CancellationToken ct) => SetActive(userId, false, a, u, ct))
            .WithSummary("Deactivate a user: sign-in, open sessions and API keys stop.");
        admin.MapPost("/users/{userId:guid}/reactivate", (Guid userId, UserAdministration a, ClaimsPrincipal u, CancellationToken ct) => SetActive(userId, true, a, u, ct))
            .WithSummary("Reactivate a deactivated user.");
        admin.MapGet("/users/{userId:guid}/api-keys", ListApiKeys).WithSummary("A user's API keys (never the key itself): name, prefix, expiry, last used, revoked.");
        admin.MapPost("/users/{userId:guid}/api-keys", CreateApiKey).ProducesValidationProblem()
            .WithSummary("Create an API key bound to the user, optionally expiring; the key is returned once and only its hash is kept.");
        admin.MapDelete("/api-keys/{keyId:guid}", RevokeApiKey).WithSummary("Revoke an API key.");
        admin.MapGet("/audit", Audit).WithSummary("Who administered people and API keys, newest first (at most 500); every module's log together: /api/audit.");
        endpoints.MapAuditApi();
    }

    public sealed record MeResponse(string UserId, string Name, IReadOnlyList<string> Roles, string? TenantId, string? Tenant);

    public sealed record ApiKeyResponse(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
        DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    public sealed record AuditResponse(DateTimeOffset At, string Actor, string Action, string Details, Guid? SubjectUserId, Guid? TenantId);

    public sealed record CreateUserRequest(string Email, string DisplayName, string Role, string? Tenant, string? Password);

    public sealed record ApiKeyCreated(Guid Id, string Name, string Prefix, string Key);

    private static MeResponse Me(ClaimsPrincipal user, TenantContext tenant) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue("name") ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        tenant.TenantId?.ToString(),
        tenant.Tenant?.Identifier);

    private static Task<List<UserResponse>> ListUsers(UserAdministration admin, CancellationToken ct) => admin.ListAsync(ct);

    private static async Task<Results<Created<UserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, UserAccounts accounts, CancellationToken ct) =>
        (await accounts.CreateAsync(request.Email ?? "", request.DisplayName ?? "", request.Role ?? "", request.Tenant, request.Password, ct))
            .ToCreated(user => $"/api/admin/users/{user.Id}", user => new UserResponse(user.Id, user.Email!, user.DisplayName, [request.Role!], user.TenantId, false),
                "De gebruiker kon niet worden aangemaakt.");

    private static async Task<Results<Created<UserResponse>, NotFound, ValidationProblem, ProblemHttpResult>> InviteUser(InviteUserRequest request, UserAdministration admin,
        ClaimsPrincipal caller, CancellationToken ct) =>
        (await admin.InviteAsync(request, caller, ct))
            .ToCreated(user => $"/api/admin/users/{user.Id}", user => new UserResponse(user.Id, user.Email!, user.DisplayName, [request.Role!], user.TenantId, false),
                "De gebruiker kon niet worden uitgenodigd.");

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ChangeRole(Guid userId, ChangeRoleRequest request, UserAdministration admin,
        ClaimsPrincipal caller, CancellationToken ct) =>
        await admin.ChangeRoleAsync(userId, request, caller, ct) switch
        {
            null => TypedResults.NotFound(),
            { Count: 0 } => TypedResults.NoContent(),
            var errors => TypedResults.ValidationProblem(errors),
        };

    private static async Task<Results<NoContent, NotFound>> SetActive(Guid userId, bool active, UserAdministration admin, ClaimsPrincipal caller, CancellationToken ct) =>
        await admin.SetActiveAsync(userId, active, caller, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<List<ApiKeyResponse>>, NotFound>> ListApiKeys(Guid userId, PlatformDbContext db, CancellationToken ct) =>
        !await db.Users.AnyAsync(u => u.Id == userId, ct) ? TypedResults.NotFound()
        : TypedResults.Ok((await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).ToListAsync(ct)).OrderByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyResponse(k.Id, k.Name, k.Prefix, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt)).ToList());

    private static async Task<List<AuditResponse>> Audit(PlatformDbContext db, CancellationToken ct) =>
        (await db.AdminAudit.AsNoTracking().ToListAsync(ct)).OrderByDescending(a => a.At).Take(500)
            .Select(a => new AuditResponse(a.At, a.Actor, a.Action, a.Details, a.SubjectUserId, a.TenantId)).ToList();

    private static async Task<Results<Created<ApiKeyCreated>, NotFound, ValidationProblem, ProblemHttpResult>> CreateApiKey(
        Guid userId, CreateApiKeyRequest request, UserAdministration admin, ClaimsPrincipal caller, CancellationToken ct) =>
        (await admin.CreateKeyAsync(userId, request, caller, ct))
            .ToCreated(made => $"/api/admin/api-keys/{made.Key.Id}", made => new ApiKeyCreated(made.Key.Id, made.Key.Name, made.Key.Prefix, made.Secret));

    private static async Task<Results<NoContent, NotFound>> RevokeApiKey(Guid keyId, UserAdministration admin, ClaimsPrincipal caller, CancellationToken ct) =>
        await admin.RevokeKeyAsync(keyId, caller, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
