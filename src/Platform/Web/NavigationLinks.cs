using System.Security.Claims;
using Platform.Kernel.Web;

namespace Platform.Web;

/// <summary>The main navigation of a user: the modules' items for the user's roles, then the platform's own.</summary>
public sealed class NavigationLinks(IEnumerable<NavigationItem> items)
{
    private readonly NavigationItem[] _items =
    [
        .. items,
        new NavigationItem("/api-docs", "API-documentatie", 900, Roles.PlatformAdmin, Roles.Finance, Roles.Agent),
        new NavigationItem("/jobs", "Achtergrondtaken", 910, Roles.PlatformAdmin),
    ];

    public IEnumerable<NavigationItem> For(ClaimsPrincipal user) =>
        _items.Where(i => i.VisibleTo(user)).OrderBy(i => i.Order);
}
