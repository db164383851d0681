using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Platform.Kernel.UseCases;

namespace Platform.Identity;

/// <summary>Configuration section <c>Identity</c>.</summary>
public sealed class TwoFactorOptions
{
    /// <summary>Roles whose members must switch on two-factor sign-in before they can use any page, comma-separated (e.g.
    /// <c>PlatformAdmin,Finance</c>). Empty: optional for everyone. API keys are never affected.</summary>
    public string RequireTwoFactorForRoles { get; set; } = "";

    public IReadOnlyList<string> RequiredRoles =>
        RequireTwoFactorForRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Two-factor sign-in with an authenticator app (TOTP, RFC 6238), Identity's own support: the shared key and its
/// otpauth URI, switching on after one correct code, 10 one-time recovery codes shown once, new codes, switching off.
/// Each change is written to the admin audit.</summary>
internal sealed class TwoFactor(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, AdminAudit audit, ILogger<TwoFactor> logger)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The claim a session carries when its user has two-factor sign-in switched on.</summary>
    public const string Claim = "platform:two_factor";

    public sealed record SharedKey(string Grouped, string Uri);

    /// <summary>The user's authenticator key (made on first use), in groups of 4, and the otpauth URI an app scans.</summary>
    public async Task<SharedKey> KeyAsync(PlatformUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var grouped = new StringBuilder();
        for (var i = 0; i < key!.Length; i += 4)
            grouped.Append(grouped.Length == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        var issuer = UrlEncoder.Default.Encode("Mijn Burgerprofiel platform");
        var uri = $"otpauth://totp/{issuer}:{UrlEncoder.Default.Encode(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        return new SharedKey(grouped.ToString().ToLowerInvariant(), uri);
    }

    /// <summary>Switches two-factor sign-in on when <paramref name="code"/> is the app's current code; returns the recovery
    /// codes (shown once), or the reason on the field <c>code</c>.</summary>
    public async Task<Outcome<IReadOnlyList<string>>> EnableAsync(PlatformUser user, string? code)
    {
        var digits = Normalise(code);
        if (digits.Length == 0) return Outcome<IReadOnlyList<string>>.Invalid("code", "Vul de code uit je authenticator-app in.");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
            return Outcome<IReadOnlyList<string>>.Invalid("code", "Deze code is niet juist. Controleer de tijd op je toestel en vul de nieuwste code in.");
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        audit.AddSelf("user.2fa-enabled", $"Tweestapsverificatie ingeschakeld door {user.Email}", user);
        await audit.SaveAsync(CancellationToken.None);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} switched on two-factor sign-in", user.Id);
        return Outcome<IReadOnlyList<string>>.Success(codes);
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PlatformUser user)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        audit.AddSelf("user.2fa-recovery-codes", $"Nieuwe herstelcodes gemaakt door {user.Email}", user);
        await audit.SaveAsync(CancellationToken.None);
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        return codes;
    }

    /// <summary>Switches off and forgets the key, so switching on again needs a new one in the app.</summary>
    public async Task DisableAsync(PlatformUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.AddSelf("user.2fa-disabled", $"Tweestapsverificatie uitgeschakeld door {user.Email}", user);
        await audit.SaveAsync(CancellationToken.None);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} switched off two-factor sign-in", user.Id);
    }

    /// <summary>Spaces and dashes people type are not part of the code.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "").Replace("-", "").Trim();
}

/// <summary>With <c>Identity:RequireTwoFactorForRoles</c> set, a signed-in member of such a role without two-factor sign-in
/// sees only the page that switches it on (and can sign out). Pages only: API keys are unaffected.</summary>
internal sealed class TwoFactorRequirement(IOptions<TwoFactorOptions> options) : IAsyncPageFilter
{
    public const string SetupPath = "/account/tweestapsverificatie";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var path = context.HttpContext.Request.Path;
        if (Required(user, options.Value) && !path.StartsWithSegments(SetupPath) && !path.StartsWithSegments("/afmelden"))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectResult(SetupPath + "?verplicht=1");
            return;
        }
        await next();
    }

    public static bool Required(ClaimsPrincipal user, TwoFactorOptions options) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
        && user.FindFirst(TwoFactor.Claim) is null
        && options.RequiredRoles.Any(user.IsInRole);
}
