using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Platform.Persistence;

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
        admin.MapPost("/users/{userId:guid}/api-keys", CreateApiKey)
            .WithSummary("Create an API key bound to the user; the key is returned once and only its hash is kept.");
        admin.MapDelete("/api-keys/{keyId:guid}", RevokeApiKey).WithSummary("Revoke an API key.");
    }

    public sealed record MeResponse(string UserId, string Name, IReadOnlyList<string> Roles, string? TenantId, string? Tenant);

    public sealed record UserResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? TenantId, bool LockedOut);

    public sealed record CreateUserRequest(string Email, string DisplayName, string Role, string? Tenant, string? Password);

    public sealed record CreateApiKeyRequest(string Name);

    public sealed record ApiKeyCreated(Guid Id, string Name, string Prefix, string Key);

    private static MeResponse Me(ClaimsPrincipal user, TenantContext tenant) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue("name") ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        tenant.TenantId?.ToString(),
        tenant.Tenant?.Identifier);

    private static async Task<List<UserResponse>> ListUsers(PlatformDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserResponse(u.Id, u.Email ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.TenantId, u.LockoutEnd > now)).ToList();
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem>> CreateUser(
        CreateUserRequest request, UserAccounts accounts, CancellationToken ct)
    {
        var (user, errors) = await accounts.CreateAsync(request.Email ?? "", request.DisplayName ?? "", request.Role ?? "",
            request.Tenant, request.Password, ct);
        if (user is null) return TypedResults.ValidationProblem(errors, title: "De gebruiker kon niet worden aangemaakt.");
        return TypedResults.Created($"/api/admin/users/{user.Id}",
            new UserResponse(user.Id, user.Email!, user.DisplayName, [request.Role!], user.TenantId, false));
    }

    private static async Task<Results<Created<ApiKeyCreated>, NotFound, ValidationProblem>> CreateApiKey(
        Guid userId, CreateApiKeyRequest request, PlatformDbContext db, ClaimsPrincipal caller, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Geef de sleutel een naam (maximaal 100 tekens)."] });
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) return TypedResults.NotFound();
        var key = ApiKeyHasher.NewKey();
        var apiKey = new ApiKey
        {
            Id = Guid.NewGuid(), UserId = userId, Name = request.Name.Trim(), Prefix = ApiKeyHasher.PrefixOf(key),
            Hash = ApiKeyHasher.Hash(key), CreatedAt = clock.GetUtcNow(),
            CreatedBy = PlatformClaims.UserId(caller),
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/admin/api-keys/{apiKey.Id}", new ApiKeyCreated(apiKey.Id, apiKey.Name, apiKey.Prefix, key));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeApiKey(Guid keyId, PlatformDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null) return TypedResults.NotFound();
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
