using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

/// <summary>A signed-in user changes their own password (the current one is asked again).</summary>
internal sealed class WachtwoordModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, AdminAudit audit, ILogger<WachtwoordModel> logger) : PageModel
{
    [BindProperty] public string? Current { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    [TempData] public string? Message { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (string.IsNullOrEmpty(Current)) ModelState.AddModelError(nameof(Current), "Vul je huidige wachtwoord in.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Kies een nieuw wachtwoord.");
        else if (Password != Confirm) ModelState.AddModelError(nameof(Confirm), "De twee wachtwoorden zijn niet gelijk.");
        if (!ModelState.IsValid) return Page();
        var result = await users.ChangePasswordAsync(user, Current!, Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? nameof(Current) : nameof(Password), UserAccounts.Dutch(e));
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        audit.AddSelf("user.password-changed", $"Wachtwoord gewijzigd door {user.Email}", user);
        await audit.SaveAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} changed their password", user.Id);
        Message = "Je wachtwoord is gewijzigd.";
        return RedirectToPage();
    }
}
