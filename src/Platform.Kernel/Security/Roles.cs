namespace Platform.Kernel.Security;

/// <summary>The platform's roles. Platform admins, finance and agents work for Digitaal Vlaanderen / EV DV
/// and have no tenant; tenant admins and reporters belong to exactly one tenant.</summary>
public static class Roles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string TenantAdmin = "TenantAdmin";
    public const string Reporter = "Reporter";
    public const string Finance = "Finance";
    public const string Agent = "Agent";

    /// <summary>At most 3 staff members of a tenant may report incidents (DOMAIN.md §1).</summary>
    public const int MaxReportersPerTenant = 3;

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, TenantAdmin, Reporter, Finance, Agent];

    /// <summary>Roles that are bound to one tenant.</summary>
    public static bool IsTenantBound(string role) => role is TenantAdmin or Reporter;

    public static string DutchName(string role) => role switch
    {
        PlatformAdmin => "Platformbeheerder",
        TenantAdmin => "Beheerder lokaal bestuur",
        Reporter => "Melder",
        Finance => "Financiën EV DV",
        Agent => "Servicedeskmedewerker",
        _ => role,
    };
}

public static class PlatformClaims
{
    /// <summary>The fixed id of the user's tenant (tenant-bound roles only).</summary>
    public const string TenantId = "platform:tenant_id";

    /// <summary>The slug of the user's tenant at sign-in; informational, the id is authoritative.</summary>
    public const string TenantSlug = "platform:tenant_slug";

    /// <summary>The signed-in user's id, or null for an anonymous caller.</summary>
    public static Guid? UserId(System.Security.Claims.ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}

public static class Policies
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string Finance = "Finance";           // finance or platform admin
    public const string Agent = "Agent";               // agent or platform admin
    public const string TenantAdmin = "TenantAdmin";   // tenant admin or platform admin
    public const string Reporter = "Reporter";         // reporter, tenant admin, agent or platform admin
}
