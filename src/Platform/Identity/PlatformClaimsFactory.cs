using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Kernel.Tenancy;

namespace Platform.Identity;

/// <summary>Adds the tenant claims of tenant-bound users, which tenant resolution trusts above route and host.</summary>
internal sealed class PlatformClaimsFactory(
    UserManager<PlatformUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, ITenantStore tenants)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("name", string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(TwoFactor.Claim, "1"));
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(PlatformClaims.TenantId, tenantId.ToString()));
            if (await tenants.FindByIdAsync(tenantId) is { } tenant)
                identity.AddClaim(new Claim(PlatformClaims.TenantSlug, tenant.Identifier));
        }
        return identity;
    }
}
