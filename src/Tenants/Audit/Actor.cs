using System.Security.Claims;
using Platform.Kernel.Security;

namespace Tenants.Audit;

/// <summary>Who did something, as written in the audit log and the version history.</summary>
internal sealed record Actor(Guid? Id, string Name)
{
    public static readonly Actor System = new(null, "systeem");

    public static Actor From(ClaimsPrincipal user) => new(
        PlatformClaims.UserId(user),
        user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "onbekend");
}
