using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Persistence;

namespace Platform.Identity;

/// <summary><c>Authorization: Bearer &lt;key&gt;</c>: the key authenticates as the user it is bound to, with that
/// user's roles and tenant.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PlatformDbContext db,
    IUserClaimsPrincipalFactory<PlatformUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var key = header["Bearer ".Length..].Trim();
        if (key.Length == 0)
            return AuthenticateResult.Fail("Empty API key.");
        var hash = ApiKeyHasher.Hash(key);
        var apiKey = await db.ApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, Context.RequestAborted);
        if (apiKey is null)
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        var now = TimeProvider.GetUtcNow();
        if (apiKey.ExpiresAt is { } expires && expires <= now)
            return AuthenticateResult.Fail("Expired API key.");
        // Last use to the nearest few minutes: one small write per key per interval, not one per request.
        if (apiKey.LastUsedAt is not { } used || now - used > LastUsedResolution)
            await db.ApiKeys.Where(k => k.Id == apiKey.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == apiKey.UserId, Context.RequestAborted);
        // A throttled sign-in never switches a machine's key off; a platform admin deactivating the account does.
        if (user is null)
            return AuthenticateResult.Fail("The API key's user is missing.");
        if (user.IsDeactivated)
            return AuthenticateResult.Fail("The API key's user is deactivated.");
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, principal.Identities.First().NameClaimType,
            principal.Identities.First().RoleClaimType);
        identity.AddClaim(new Claim("platform:api_key_id", apiKey.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
