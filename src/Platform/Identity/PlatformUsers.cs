using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tenancy;
using Platform.Persistence;
using Platform.Kernel.UseCases;

namespace Platform.Identity;

internal sealed class PlatformUsers(UserManager<PlatformUser> users, UserAccounts accounts, PlatformDbContext db, ITenantStore tenants,
    PasswordLinks links, AdminAudit audit) : IPlatformUsers
{
    public async Task<IReadOnlyList<PlatformUserSummary>> ListAsync(Guid tenantId, string role, CancellationToken cancellationToken = default)
    {
        var inRole = await users.GetUsersInRoleAsync(role);
        return inRole.Where(u => u.TenantId == tenantId).OrderBy(u => u.DisplayName)
            .Select(u => Summary(u, role)).ToList();
    }

    public async Task<PlatformUserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return null;
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        return Summary(user, role);
    }

    public async Task<PlatformUserSummary?> FindActiveByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.IsDeactivated) return null;
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        return Summary(user, role);
    }

    public async Task<Outcome<PlatformUserSummary>> CreateAsync(
        string email, string displayName, string role, Guid? tenantId, string? password, CancellationToken cancellationToken = default)
    {
        // Modules manage the people of a tenant only; staff accounts are created by platform admins.
        if (!Roles.IsTenantBound(role) || tenantId is null)
            return Outcome<PlatformUserSummary>.Invalid("role", "Enkel beheerders en melders van een lokaal bestuur kunnen hier worden aangemaakt.");
        string? slug = null;
        if (tenantId is { } id)
            slug = (await tenants.FindByIdAsync(id, cancellationToken))?.Identifier ?? "onbekend-" + id.ToString("N");
        var created = await accounts.CreateAsync(email, displayName, role, slug, password, cancellationToken);
        return created.Value is { } user ? Outcome<PlatformUserSummary>.Success(Summary(user, role)) : created.Failed<PlatformUserSummary>();
    }

    public async Task<Outcome<PlatformUserSummary>> InviteAsync(
        string email, string displayName, string role, Guid tenantId, ClaimsPrincipal invitedBy, CancellationToken cancellationToken = default)
    {
        var outcome = await CreateAsync(email, displayName, role, tenantId, null, cancellationToken);
        if (outcome.Value is not { } created) return outcome;
        var user = await users.FindByIdAsync(created.Id.ToString()) ?? throw new InvalidOperationException("The invited user vanished.");
        var tenant = await tenants.FindByIdAsync(tenantId, cancellationToken);
        audit.Add(invitedBy, "user.invited", $"Uitgenodigd: {user.Email} als {Roles.DutchName(role)}{(tenant is null ? "" : $" ({tenant.Name})")}", user);
        await audit.SaveAsync(cancellationToken);
        await SendWelcomeAsync(user, role, tenant, invitedBy, cancellationToken);
        return Outcome<PlatformUserSummary>.Success(created with { Invited = true });
    }

    public async Task<bool> ResendInvitationAsync(Guid userId, Guid tenantId, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.TenantId != tenantId || !PasswordLinks.IsInvited(user)) return false;
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        audit.Add(by, "user.invitation-resent", $"Uitnodiging opnieuw verstuurd naar {user.Email}", user);
        await audit.SaveAsync(cancellationToken);
        await SendWelcomeAsync(user, role, await tenants.FindByIdAsync(tenantId, cancellationToken), by, cancellationToken);
        return true;
    }

    public async Task<bool> RemoveAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.TenantId != tenantId) return false;
        return (await users.DeleteAsync(user)).Succeeded;
    }

    public async Task<bool> RemoveAsync(Guid userId, Guid tenantId, ClaimsPrincipal removedBy, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.TenantId != tenantId) return false;
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        if (!(await users.DeleteAsync(user)).Succeeded) return false;
        audit.Add(removedBy, "user.removed", $"Verwijderd: {user.Email} ({Roles.DutchName(role)})", user);
        await audit.SaveAsync(cancellationToken);
        return true;
    }

    private Task SendWelcomeAsync(PlatformUser user, string role, TenantInfo? tenant, ClaimsPrincipal by, CancellationToken ct) =>
        role == Roles.Reporter
            ? links.SendWelcomeAsync(user, by.FindFirstValue("name") ?? "De beheerder van je lokaal bestuur", ct,
                "Je bent melder bij de servicedesk van Mijn Burgerprofiel", $"als melder van {tenant?.Name} bij de servicedesk: je meldt incidenten en volgt ze op")
            : links.SendWelcomeAsync(user, by.FindFirstValue("name") ?? "De beheerder van je lokaal bestuur", ct,
                "Uitnodiging als beheerder van " + tenant?.Name, $"als beheerder van {tenant?.Name}");

    private static PlatformUserSummary Summary(PlatformUser u, string role) =>
        new(u.Id, u.Email ?? "", u.DisplayName, role, u.TenantId) { Invited = PasswordLinks.IsInvited(u), LastSignInAt = u.LastSignInAt };
}
