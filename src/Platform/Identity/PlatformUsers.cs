using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using Platform.Persistence;

namespace Platform.Identity;

internal sealed class PlatformUsers(UserManager<PlatformUser> users, UserAccounts accounts, PlatformDbContext db, ITenantStore tenants) : IPlatformUsers
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

    public async Task<(PlatformUserSummary? User, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(
        string email, string displayName, string role, Guid? tenantId, string? password, CancellationToken cancellationToken = default)
    {
        // Modules manage the people of a tenant only; staff accounts are created by platform admins.
        if (!Roles.IsTenantBound(role) || tenantId is null)
            return (null, new Dictionary<string, string[]> { ["role"] = ["Enkel beheerders en melders van een lokaal bestuur kunnen hier worden aangemaakt."] });
        string? slug = null;
        if (tenantId is { } id)
            slug = (await tenants.FindByIdAsync(id, cancellationToken))?.Identifier ?? "onbekend-" + id.ToString("N");
        var (user, errors) = await accounts.CreateAsync(email, displayName, role, slug, password, cancellationToken);
        return (user is null ? null : Summary(user, role), errors);
    }

    public async Task<bool> RemoveAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.TenantId != tenantId) return false;
        return (await users.DeleteAsync(user)).Succeeded;
    }

    private static PlatformUserSummary Summary(PlatformUser u, string role) =>
        new(u.Id, u.Email ?? "", u.DisplayName, role, u.TenantId);
}
