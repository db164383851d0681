using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using ServiceDesk.Reporters;

namespace ServiceDesk.Pages.Desk;

/// <summary>A tenant admin invites the tenant's admins and up to three reporters (they choose their own password from an
/// e-mailed link), sends an invitation again, and removes someone after confirming.</summary>
[Authorize(Roles = Roles.TenantAdmin)]
internal sealed class ReportersModel(ReporterSeats seats, TenantContext current) : PageModel
{
    public sealed class InputModel
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string? Role { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public IReadOnlyList<TenantPersonResponse> People { get; private set; } = [];

    /// <summary>The person to remove, asked to confirm (<c>?verwijderen=id</c>).</summary>
    public TenantPersonResponse? Confirm { get; private set; }

    public int ReporterCount => People.Count(p => p.Role == Roles.Reporter);

    public Guid? Me => PlatformClaims.UserId(User);

    public string TenantName => current.Tenant?.Name ?? "";

    public async Task OnGetAsync(Guid? verwijderen, CancellationToken ct)
    {
        People = await seats.PeopleAsync(current.TenantId!.Value, ct);
        Confirm = People.FirstOrDefault(p => p.Id == verwijderen && p.Id != Me);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var outcome = await seats.AddAsync(current.Tenant!, new NewReporterRequest(Input.Email, Input.DisplayName, Input.Role), User, ct);
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: field => field is "reporters" or "tenant" ? "" : OutcomeModelState.FormName("Input", field));
            People = await seats.PeopleAsync(current.TenantId!.Value, ct);
            return Page();
        }
        Message = $"{outcome.Value!.DisplayName} is uitgenodigd en kreeg een e-mail om een wachtwoord te kiezen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid userId, CancellationToken ct)
    {
        Message = await seats.ResendAsync(current.TenantId!.Value, userId, User, ct)
            ? "De uitnodiging is opnieuw verstuurd." : "Deze persoon heeft al een wachtwoord gekozen of bestaat niet (meer).";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken ct)
    {
        var tenantId = current.TenantId!.Value;
        var removed = await seats.RemoveAsync(tenantId, userId, User, ct) || await seats.RemoveAsync(tenantId, userId, User, ct, Roles.TenantAdmin);
        Message = removed ? "De persoon is verwijderd." : "Deze persoon bestaat niet (meer).";
        return RedirectToPage();
    }
}
