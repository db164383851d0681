using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

/// <summary>After the government identity provider. Only people who already have an account here get in: the
/// provider's subject is linked to the account the first time, matched by a verified e-mail address; from then on
/// the subject alone decides. The provider never creates accounts or grants roles.</summary>
[AllowAnonymous]
public sealed class ExternalCallbackModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, ILogger<ExternalCallbackModel> logger) : PageModel
{
    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return Refuse();
        var linked = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!linked.Succeeded)
        {
            var email = info.Principal.FindFirst("email")?.Value;
            var verified = string.Equals(info.Principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);
            var user = email is not null && verified ? await users.FindByEmailAsync(email) : null;
            if (user is null || await users.IsLockedOutAsync(user) || !(await users.AddLoginAsync(user, info)).Succeeded)
                return Refuse();
            logger.LogInformation("Linked external login to user {UserId}", user.Id);
            await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        }
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private PageResult Refuse()
    {
        Message = "Er is geen actief account op dit platform voor deze aanmelding. Vraag een platformbeheerder om toegang.";
        return Page();
    }
}
