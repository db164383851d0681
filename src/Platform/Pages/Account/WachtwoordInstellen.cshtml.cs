using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

/// <summary>The e-mailed one-time link: choose a (new) password.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.SignIn)]
internal sealed class WachtwoordInstellenModel(PasswordLinks links) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gebruiker")] public Guid UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "code")] public string? Code { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await links.ResetAsync(UserId, Code, Password, Confirm);
        if (errors.Count == 0) return Redirect("/aanmelden?wachtwoord=ingesteld");
        foreach (var (field, messages) in errors)
            foreach (var m in messages) ModelState.AddModelError(field switch { "password" => nameof(Password), "confirm" => nameof(Confirm), _ => "" }, m);
        return Page();
    }
}
