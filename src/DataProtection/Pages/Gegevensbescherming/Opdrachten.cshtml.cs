using DataProtection.Assignments;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Platform admins review the submitted processing assignments: approve, or return with a reason; every version printable.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class OpdrachtenModel(IServiceProvider services) : DataProtectionPage
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid? ReturnId { get; set; }

    internal List<ProcessingAssignment> Versions { get; private set; } = [];
    internal Dictionary<Guid, TenantSummary> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<ReviewAssignment>().ApproveAsync(id, PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok) Message = $"Versie {outcome.Value!.Version} is goedgekeurd.";
        else Errors[""] = [outcome.Conflict!];
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        ReturnId = id;
        var outcome = await services.GetRequiredService<ReviewAssignment>().ReturnAsync(id, new ReturnRequest(Reason), PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok) { Message = $"Versie {outcome.Value!.Version} is teruggestuurd."; (Reason, ReturnId) = (null, null); }
        else AddErrors(outcome);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tenants = (await services.GetRequiredService<ITenantDirectory>().AllAsync(ct)).ToDictionary(t => t.Id);
        Versions = (await AcrossTenants.Assignments(services.GetRequiredService<DataProtectionDbContext>()).AsNoTracking().Include(a => a.Components).ToListAsync(ct))
            .OrderBy(a => a.Status != AssignmentStatus.Submitted).ThenByDescending(a => a.SubmittedAt).ToList();
    }
}
