using Platform.Kernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity;
using Platform.Kernel.Paging;
using Platform.Kernel.UseCases;
using Tenants;

namespace Platform.Pages.Beheer;

/// <summary>Platform admins: every user with role, tenant, status and last sign-in; invite a person with a role.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class GebruikersModel(UserAdministration admin, UserList list, ITenantDirectory tenants) : PageModel
{
    public PagedList<UserResponse>? Result { get; private set; }
    public PageRequest Query { get; private set; } = UserList.Request(null, null, null, null, null);
    [BindProperty(SupportsGet = true, Name = "rol")] public string? Rol { get; set; }
    [BindProperty(SupportsGet = true, Name = "bestuur")] public string? Bestuur { get; set; }
    public IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];

    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Tenant { get; set; }

    [TempData] public string? Message { get; set; }

    /// <summary>Search (q), role and tenant filters, sort and page all come from the query string; bad values are clamped or
    /// named next to their field.</summary>
    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var invited = await admin.InviteAsync(new InviteUserRequest(Email, DisplayName, Role, Roles.IsTenantBound(Role ?? "") ? Tenant : null), User, ct);
        if (invited.Into(ModelState, fieldName: field => field switch
            {
                "email" => nameof(Email), "displayName" => nameof(DisplayName), "role" => nameof(Role), "tenant" => nameof(Tenant), _ => "",
            }))
        {
            Message = $"{invited.Value!.DisplayName} is uitgenodigd en kreeg een e-mail om een wachtwoord te kiezen.";
            return RedirectToPage(new { q = invited.Value.Email });
        }
        await FillAsync(ct);
        return Page();
    }

    public string TenantName(Guid? id) => id is null ? "–" : Tenants.FirstOrDefault(t => t.Id == id)?.Name ?? "?";

    private async Task FillAsync(CancellationToken ct)
    {
        var q = HttpContext.Request.Query;
        Query = UserList.Request(int.TryParse(q["page"], out var p) ? p : null, null, q["sort"], q["dir"], q["q"]);
        var outcome = await list.ListAsync(Query, Rol, Bestuur, ct);
        Result = outcome.Value;
        outcome.Into(ModelState, fieldName: field => field);
        Tenants = (await tenants.AllAsync(ct)).OrderBy(t => t.Name).ToList();
    }
}
