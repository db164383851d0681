using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Identity;
using Platform.Kernel.Abuse;

namespace Platform.Pages.Account;

/// <summary>The second step of a sign-in for an account with two-factor sign-in: the authenticator code or a one-time recovery
/// code. Throttled like the password (per client address and per account, the same bucket as the password step).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
internal sealed class LoginTweeStapsModel(SignInManager<PlatformUser> signIn, KeyedLimits limits, ILogger<LoginTweeStapsModel> logger) : PageModel
{
    public const string WrongCode = "Deze code is niet juist.";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/aanmelden") : Page();

    public Task<IActionResult> OnPostAsync() => CheckAsync(nameof(Code), Code, code => signIn.TwoFactorAuthenticatorSignInAsync(code, false, false));

    public Task<IActionResult> OnPostRecoveryAsync() =>
        CheckAsync(nameof(RecoveryCode), RecoveryCode?.Trim(), code => signIn.TwoFactorRecoveryCodeSignInAsync(code));

    private async Task<IActionResult> CheckAsync(string field, string? typed, Func<string, Task<Microsoft.AspNetCore.Identity.SignInResult>> check)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return Redirect("/aanmelden");
        var code = field == nameof(Code) ? TwoFactor.Normalise(typed) : typed ?? "";
        if (code.Length == 0)
        {
            ModelState.AddModelError(field, field == nameof(Code) ? "Vul de code uit je authenticator-app in." : "Vul een herstelcode in.");
            return Page();
        }
        if (!limits.TryAcquire(KeyedLimits.SignInAccount, user.Email ?? user.Id.ToString(), out var retryAfter))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(field, $"Te veel aanmeldpogingen. Probeer het over {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} minuten opnieuw.");
            logger.LogWarning("Two-factor sign-in throttled for user {UserId}", user.Id);
            return Page();
        }
        var result = await check(code);
        if (result.Succeeded)
        {
            logger.LogInformation("Two-factor sign-in of user {UserId} succeeded ({Kind})", user.Id, field == nameof(Code) ? "authenticator" : "recovery code");
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(field, result.IsLockedOut ? "Te veel foute codes: je account is tijdelijk geblokkeerd. Probeer het later opnieuw." : WrongCode);
        logger.LogWarning("Two-factor sign-in of user {UserId} failed (locked out: {LockedOut})", user.Id, result.IsLockedOut);
        return Page();
    }
}
