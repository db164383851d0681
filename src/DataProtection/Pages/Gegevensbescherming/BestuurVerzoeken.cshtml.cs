using DataProtection.Persistence;
using DataProtection.SubjectRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>The tenant's data-subject requests passed on by Digitaal Vlaanderen: mark answered, close.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class BestuurVerzoekenModel(IServiceProvider services) : DataProtectionPage
{
    [FromRoute(Name = "tenant")] public string Slug { get; set; } = "";
    [BindProperty] public string? Note { get; set; }

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;

    internal List<SubjectRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAnsweredAsync(Guid id, CancellationToken ct) =>
        Handle(u => u.AnswerAsync(id, new SubjectRequestNote(Note), PlatformClaims.UserId(User), ct), "beantwoord", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        Handle(u => u.CloseAsync(id, new SubjectRequestNote(Note), PlatformClaims.UserId(User), ct), "afgesloten", ct);

    private async Task<IActionResult> Handle(Func<UpdateSubjectRequest, Task<Outcome<SubjectRequest>>> action, string done, CancellationToken ct)
    {
        var outcome = await action(services.GetRequiredService<UpdateSubjectRequest>());
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok) { Message = $"Verzoek {outcome.Value!.Reference} staat als {done}."; Note = null; }
        else AddErrors(outcome);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Requests = await services.GetRequiredService<DataProtectionDbContext>().SubjectRequests.AsNoTracking().OrderByDescending(r => r.ReceivedAt).ToListAsync(ct);
}
