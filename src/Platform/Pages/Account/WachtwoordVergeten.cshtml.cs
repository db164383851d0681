using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

/// <summary>"Wachtwoord vergeten?": the same answer whether or not the address has an account (no enumeration).</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.AnonymousWrite)]
internal sealed class WachtwoordVergetenModel(PasswordLinks links) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Platform.Kernel.Text.EmailAddresses.IsValid(Email))
        {
            ModelState.AddModelError(nameof(Email), "Vul je e-mailadres in.");
            return Page();
        }
        try
        {
            await links.RequestResetAsync(Email, ct);
        }
        catch (Platform.Kernel.Abuse.TooManyRequestsException)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Email), Platform.Kernel.Abuse.TooManyRequestsException.DutchMessage);
            return Page();
        }
        Sent = true;
        return Page();
    }
}
