using System.Security.Claims;
using Platform.Kernel.Security;

namespace ServiceDesk.Incidents;

/// <summary>Who acts: staff (agents, platform admins) work across tenants; everyone else only inside their own tenant.</summary>
internal sealed record Actor(Guid? Id, string Name, string? Email, bool IsStaff, bool IsTenantAdmin, Guid? TenantId)
{
    public static Actor From(ClaimsPrincipal user)
    {
        var id = PlatformClaims.UserId(user);
        Guid? tenant = Guid.TryParse(user.FindFirstValue(PlatformClaims.TenantId), out var t) ? t : null;
        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name;
        var name = user.FindFirstValue("name") ?? email ?? "onbekend";
        var staff = tenant is null && (user.IsInRole(Roles.Agent) || user.IsInRole(Roles.PlatformAdmin));
        return new Actor(id, name, email, staff, user.IsInRole(Roles.TenantAdmin), tenant);
    }
}
