using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

/// <summary>After the government identity provider: only people who already have an account here get in,
/// matched by their verified e-mail address; the provider never creates accounts or grants roles.</summary>
[AllowAnonymous]
public sealed class ExternalCallbackModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users) : PageModel
{
    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        var email = info?.Principal.FindFirst("email")?.Value;
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (info is null || user is null || await users.IsLockedOutAsync(user))
        {
            Message = "Er is geen actief account op dit platform voor deze aanmelding. Vraag een platformbeheerder om toegang.";
            return Page();
        }
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInAsync(user, isPersistent: false, IdentitySetup.OidcScheme);
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
