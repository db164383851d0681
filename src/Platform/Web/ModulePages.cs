using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Platform.Web;

/// <summary>The modules' pages are registered explicitly rather than only through the build's generated list of
/// application parts, which a partial or stale build can leave without them (pages then silently 404).</summary>
internal static class ModulePages
{
    public static void Register(ApplicationPartManager manager, params Assembly[] modules)
    {
        foreach (var assembly in modules)
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                if (!manager.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
                    manager.ApplicationParts.Add(part);
    }
}
