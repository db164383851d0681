using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;
using Platform.Kernel.Security;
using Tenants;

namespace Platform.Pages.Beheer;

/// <summary>Platform admins: every user with role, tenant, status and last sign-in; invite a person with a role.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class GebruikersModel(UserAdministration admin, ITenantDirectory tenants) : PageModel
{
    public IReadOnlyList<AdminApi.UserResponse> Users { get; private set; } = [];
    public IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];

    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Tenant { get; set; }

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (user, errors) = await admin.InviteAsync(new InviteUserRequest(Email, DisplayName, Role, Roles.IsTenantBound(Role ?? "") ? Tenant : null), User, ct);
        if (user is not null)
        {
            Message = $"{user.DisplayName} is uitgenodigd en kreeg een e-mail om een wachtwoord te kiezen.";
            return RedirectToPage();
        }
        foreach (var (field, messages) in errors)
            foreach (var m in messages)
                ModelState.AddModelError(field switch { "email" => nameof(Email), "displayName" => nameof(DisplayName), "role" => nameof(Role), "tenant" => nameof(Tenant), _ => "" }, m);
        await FillAsync(ct);
        return Page();
    }

    public string TenantName(Guid? id) => id is null ? "–" : Tenants.FirstOrDefault(t => t.Id == id)?.Name ?? "?";

    private async Task FillAsync(CancellationToken ct)
    {
        Users = await admin.ListAsync(ct);
        Tenants = (await tenants.AllAsync(ct)).OrderBy(t => t.Name).ToList();
    }
}
