using System.Security.Claims;

namespace Platform.Kernel.Web;

/// <summary>A link in the main navigation, registered by a module as a singleton; shown to the given roles.</summary>
public sealed record NavigationItem(string Href, string Text, int Order, params string[] Roles)
{
    public bool VisibleTo(ClaimsPrincipal user) => Roles.Any(user.IsInRole);
}
