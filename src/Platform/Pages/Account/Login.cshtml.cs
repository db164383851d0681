using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

public sealed class LoginModel(SignInManager<PlatformUser> signIn, IConfiguration configuration, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool OidcEnabled => IdentitySetup.OidcEnabled(configuration);

    public string OidcName => configuration["Authentication:Oidc:DisplayName"] ?? "Vlaamse overheid";

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
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Password sign-in succeeded");
            return LocalRedirect(SafeReturnUrl());
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Je account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Het e-mailadres of het wachtwoord is niet juist.");
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
