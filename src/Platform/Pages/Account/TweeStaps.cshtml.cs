using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Platform.Identity;
using Platform.Kernel.UseCases;

namespace Platform.Pages.Account;

/// <summary>Anyone signed in: switch two-factor sign-in on (key or QR code, one code to confirm), see the recovery codes once,
/// make new ones, switch it off.</summary>
[Authorize]
internal sealed class TweeStapsModel(UserManager<PlatformUser> users, TwoFactor twoFactor, IOptions<TwoFactorOptions> options) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    [TempData] public string? Message { get; set; }

    public bool Enabled { get; private set; }
    public bool Mandatory { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public TwoFactor.SharedKey? Key { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await FillAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var enabled = await twoFactor.EnableAsync(user, Code);
        if (enabled.Into(ModelState, fieldName: _ => nameof(Code))) Message = "Tweestapsverificatie is ingeschakeld.";
        RecoveryCodes = enabled.Value;
        await FillAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        RecoveryCodes = await twoFactor.NewRecoveryCodesAsync(user);
        Message = "Je nieuwe herstelcodes staan hieronder; de vorige werken niet meer.";
        await FillAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (options.Value.RequiredRoles.Any(User.IsInRole))
        {
            ModelState.AddModelError("", "Voor jouw rol is tweestapsverificatie verplicht: je kan ze niet uitschakelen.");
            await FillAsync(user);
            return Page();
        }
        await twoFactor.DisableAsync(user);
        Message = "Tweestapsverificatie is uitgeschakeld.";
        return RedirectToPage();
    }

    private async Task FillAsync(PlatformUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Mandatory = Request.Query["verplicht"] == "1" || options.Value.RequiredRoles.Any(User.IsInRole);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        Key = await twoFactor.KeyAsync(user);
    }
}
