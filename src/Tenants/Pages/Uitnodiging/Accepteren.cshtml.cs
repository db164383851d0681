using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Web;
using Tenants.Invitations;

namespace Tenants.Pages.Uitnodiging;

/// <summary>The invitation link: the invitee chooses a password and becomes a tenant admin.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Platform.Kernel.Abuse.RateLimitPolicies.SignIn)]
internal sealed class AccepterenModel(InvitationService invitations) : PageModel
{
    [FromRoute] public string Token { get; set; } = "";
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public string? Email { get; private set; }
    public bool Usable { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = new();

    /// <summary>The page's errors reach the kernel's <c>&lt;error-summary /&gt;</c> and <c>error-for</c> through the model
    /// state (ADR 0023).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => Errors.Into(ModelState);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!Usable) return Page();
        if (Password != Confirm) Errors["confirm"] = ["De twee wachtwoorden zijn niet gelijk."];
        else Errors = await invitations.AcceptAsync(Token, Password, ct);
        return Errors.Count == 0 ? Redirect("/aanmelden?uitnodiging=aanvaard") : Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var invitation = await invitations.FindUsableAsync(Token, ct);
        Usable = invitation is not null;
        Email = invitation?.Email;
    }
}
