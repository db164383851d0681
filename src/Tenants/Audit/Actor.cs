using System.Security.Claims;

namespace Tenants.Audit;

/// <summary>Who did something, as written in the audit log and the version history.</summary>
internal sealed record Actor(Guid? Id, string Name)
{
    public static readonly Actor System = new(null, "systeem");

    public static Actor From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "onbekend");
}
