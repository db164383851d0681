using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Identity;
using Platform.Kernel.Abuse;

namespace Platform.Pages.Account;

/// <summary>Password sign-in. Throttled per client address (rate-limit policy) and per account typed (whether or not it
/// exists), instead of Identity's lock-out: strangers cannot switch an account off, and API keys never depend on it.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginModel(SignInManager<PlatformUser> signIn, KeyedLimits limits, Microsoft.Extensions.Options.IOptions<OidcOptions> oidc, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool OidcEnabled => oidc.Value.Enabled;

    public string OidcName => oidc.Value.DisplayName;

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vul je e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul je wachtwoord in.")]
        public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (!limits.TryAcquire(KeyedLimits.SignInAccount, Input.Email, out var retryAfter))
        {
            // The same answer for every address typed, with or without an account.
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, $"Te veel aanmeldpogingen voor dit e-mailadres. Probeer het over {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} minuten opnieuw.");
            logger.LogWarning("Password sign-in throttled for the account typed");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            logger.LogInformation("Password sign-in succeeded");
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/LoginTweeStaps", new { returnUrl = SafeReturnUrl() });
        // A locked or not-allowed account gets the same answer as a wrong password: it reveals no account.
        ModelState.AddModelError(string.Empty, "Het e-mailadres of het wachtwoord is niet juist.");
        logger.LogWarning("Password sign-in failed (locked out: {LockedOut})", result.IsLockedOut);
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        if (!OidcEnabled) return NotFound();
        var redirect = Url.Page("/Account/ExternalCallback", new { returnUrl = SafeReturnUrl() });
        var properties = signIn.ConfigureExternalAuthenticationProperties(IdentitySetup.OidcScheme, redirect);
        return Challenge(properties, IdentitySetup.OidcScheme);
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
