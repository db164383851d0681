using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;

namespace Platform.Pages.Account;

/// <summary>"Wachtwoord vergeten?": the same answer whether or not the address has an account (no enumeration).</summary>
[AllowAnonymous]
internal sealed class WachtwoordVergetenModel(PasswordLinks links) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@'))
        {
            ModelState.AddModelError(nameof(Email), "Vul je e-mailadres in.");
            return Page();
        }
        await links.RequestResetAsync(Email, ct);
        Sent = true;
        return Page();
    }
}
