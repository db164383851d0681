using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Security;
using Platform.Kernel.Tenancy;
using ServiceDesk.Reporters;

namespace ServiceDesk.Pages.Desk;

/// <summary>A tenant admin names up to three reporters with an initial password, and removes them.</summary>
[Authorize(Roles = Roles.TenantAdmin)]
internal sealed class ReportersModel(ReporterSeats seats, TenantContext current) : PageModel
{
    public sealed class InputModel
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public IReadOnlyList<ReporterResponse> Reporters { get; private set; } = [];

    public string TenantName => current.Tenant?.Name ?? "";

    public async Task OnGetAsync(CancellationToken ct) => Reporters = await seats.ListAsync(current.TenantId!.Value, ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var outcome = await seats.AddAsync(current.Tenant!, new NewReporterRequest(Input.Email, Input.DisplayName, Input.Password), ct);
        if (!outcome.Ok)
        {
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var m in messages)
                    ModelState.AddModelError(field == "reporters" ? "" : "Input." + char.ToUpperInvariant(field[0]) + field[1..], m);
            Reporters = await seats.ListAsync(current.TenantId!.Value, ct);
            return Page();
        }
        Message = $"{outcome.Value!.DisplayName} is melder en kreeg een e-mail.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken ct)
    {
        Message = await seats.RemoveAsync(current.TenantId!.Value, userId, ct) ? "De melder is verwijderd." : "Deze melder bestaat niet (meer).";
        return RedirectToPage();
    }
}
