using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Platform.Persistence;
using Platform.Kernel.UseCases;

namespace Platform.Identity;

public sealed record InviteUserRequest(string? Email, string? DisplayName, string? Role, string? Tenant);

public sealed record ChangeRoleRequest(string? Role, string? Tenant);

/// <param name="ExpiresOn">Last day the key works (Brussels); empty = no expiry.</param>
public sealed record CreateApiKeyRequest(string? Name, DateOnly? ExpiresOn = null);

/// <summary>A key just made, with its secret: shown once, never stored.</summary>
internal sealed record NewApiKey(ApiKey Key, string Secret);

/// <summary>What platform admins do with people and keys: invite (the person chooses a password from an e-mailed link),
/// change role, deactivate and reactivate, create and revoke API keys. Every action is written to the admin audit.</summary>
internal sealed class UserAdministration(PlatformDbContext db, UserManager<PlatformUser> users, UserAccounts accounts, PasswordLinks links,
    ITenantStore tenants, TimeProvider clock, AdminAudit audit)
{
    /// <summary>Deactivation is a lock-out that does not end (sign-in, sessions within minutes, and API keys stop).</summary>
    public static readonly DateTimeOffset Deactivated = DateTimeOffset.MaxValue;

    /// <summary>Reporters hold one of 3 seats per tenant (ServiceDesk's rule): they are named on that module's page only.</summary>
    public const string ReporterRule = "Melders duidt de beheerder van het lokaal bestuur aan (hoogstens 3) op de pagina Melders.";

    public async Task<List<UserResponse>> ListAsync(CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return all.Select(u => new UserResponse(u.Id, u.Email ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.TenantId, u.LockoutEnd > now,
            !u.IsDeactivated, u.LastSignInAt, PasswordLinks.IsInvited(u), u.TwoFactorEnabled)).ToList();
    }

    public async Task<Outcome<PlatformUser>> InviteAsync(InviteUserRequest request, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DisplayName)) return Outcome<PlatformUser>.Invalid("displayName", "De naam is verplicht.");
        if (request.Role == Roles.Reporter) return Outcome<PlatformUser>.Invalid("role", ReporterRule);
        var created = await accounts.CreateAsync(request.Email ?? "", request.DisplayName, request.Role ?? "", request.Tenant, null, ct);
        if (created.Value is not { } user) return created;
        await AuditAsync(actor, "user.invited", $"Gebruiker uitgenodigd: {user.Email} als {Roles.DutchName(request.Role!)}", user, ct);
        await links.SendWelcomeAsync(user, actor.FindFirstValue("name") ?? "Een platformbeheerder", ct);
        return created;
    }

    public async Task<Dictionary<string, string[]>?> ChangeRoleAsync(Guid userId, ChangeRoleRequest request, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return null;
        var role = request.Role ?? "";
        if (!Roles.All.Contains(role)) return new() { ["role"] = [$"Onbekende rol. Kies uit: {string.Join(", ", Roles.All)}."] };
        TenantInfo? tenant = null;
        if (Roles.IsTenantBound(role))
        {
            if (string.IsNullOrWhiteSpace(request.Tenant)) return new() { ["tenant"] = ["Deze rol hoort bij een lokaal bestuur: kies het lokaal bestuur."] };
            if ((tenant = await tenants.FindByIdentifierAsync(request.Tenant, ct)) is null) return new() { ["tenant"] = ["Dit lokaal bestuur bestaat niet."] };
        }
        if (role == Roles.Reporter) return new() { ["role"] = [ReporterRule] };
        if (PlatformClaims.UserId(actor) == userId) return new() { ["role"] = ["Je kan je eigen rol niet wijzigen."] };
        var before = (await users.GetRolesAsync(user)).ToList();
        await users.RemoveFromRolesAsync(user, before);
        await users.AddToRoleAsync(user, role);
        user.TenantId = tenant?.Id;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user); // open sessions pick up the new role within minutes
        await AuditAsync(actor, "user.role-changed",
            $"Rol van {user.Email}: {string.Join(", ", before.Select(Roles.DutchName))} → {Roles.DutchName(role)}{(tenant is null ? "" : $" ({tenant.Name})")}", user, ct);
        return [];
    }

    public async Task<bool> SetActiveAsync(Guid userId, bool active, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || PlatformClaims.UserId(actor) == userId) return false;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, active ? null : Deactivated);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(actor, active ? "user.reactivated" : "user.deactivated", $"{(active ? "Geactiveerd" : "Gedeactiveerd")}: {user.Email}", user, ct);
        return true;
    }

    public async Task<Outcome<NewApiKey>> CreateKeyAsync(Guid userId, CreateApiKeyRequest request, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) is not { } user) return Outcome<NewApiKey>.Missing();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 100) errors["name"] = ["Geef de sleutel een naam (maximaal 100 tekens)."];
        var today = Kernel.Formatting.Dutch.Today(clock);
        if (request.ExpiresOn is { } e && (e < today || e > today.AddYears(3))) errors["expiresOn"] = ["De vervaldatum ligt in het verleden of meer dan 3 jaar in de toekomst."];
        if (errors.Count > 0) return Outcome<NewApiKey>.Invalid(errors);
        var secret = ApiKeyHasher.NewKey();
        var now = clock.GetUtcNow();
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), UserId = userId, Name = request.Name!.Trim(), Prefix = ApiKeyHasher.PrefixOf(secret), Hash = ApiKeyHasher.Hash(secret),
            CreatedAt = now, CreatedBy = PlatformClaims.UserId(actor),
            // The key works through its last day, Brussels time.
            ExpiresAt = request.ExpiresOn is { } last
                ? new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), Kernel.Formatting.Dutch.Brussels.GetUtcOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue))).ToUniversalTime()
                : null,
        };
        db.ApiKeys.Add(key);
        Add(actor, "apikey.created", $"API-sleutel {key.Name} ({key.Prefix}…) voor {user.Email}", user);
        await db.SaveChangesAsync(ct);
        return Outcome<NewApiKey>.Success(new NewApiKey(key, secret));
    }

    public async Task<bool> RevokeKeyAsync(Guid keyId, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, ct) is not { } key) return false;
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            var user = await db.Users.FirstAsync(u => u.Id == key.UserId, ct);
            Add(actor, "apikey.revoked", $"API-sleutel {key.Name} ({key.Prefix}…) van {user.Email} ingetrokken", user);
            await db.SaveChangesAsync(ct);
        }
        return true;
    }

    private async Task AuditAsync(ClaimsPrincipal actor, string action, string details, PlatformUser subject, CancellationToken ct)
    {
        audit.Add(actor, action, details, subject);
        await audit.SaveAsync(ct);
    }

    private void Add(ClaimsPrincipal actor, string action, string details, PlatformUser subject) => audit.Add(actor, action, details, subject);
}
