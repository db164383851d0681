using DataProtection.Persistence;
using DataProtection.SubjectRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Staff log a data-subject request that reached Digitaal Vlaanderen; it is mailed at once to the tenant's DPO
/// contact (else SPOC). The register of all requests with their status.</summary>
[Authorize(Policy = Policies.Agent)]
public sealed class VerzoekenModel(IServiceProvider services) : DataProtectionPage
{
    [BindProperty] public string? Tenant { get; set; }
    [BindProperty] public DateTime? ReceivedAt { get; set; }
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Description { get; set; }

    internal IReadOnlyList<TenantSummary> Tenants { get; private set; } = [];
    internal List<SubjectRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DateTimeOffset? received = ReceivedAt is { } local
            ? new DateTimeOffset(local, Platform.Kernel.Formatting.Dutch.Brussels.GetUtcOffset(local)) : null;
        var outcome = await services.GetRequiredService<LogSubjectRequest>().RunAsync(
            new SubjectRequestRequest(Tenant, received, Channel, Kind, Description), PlatformClaims.UserId(User), ct);
        if (outcome.Ok)
        {
            var r = outcome.Value!;
            Message = $"Verzoek {r.Reference} is geregistreerd en meteen doorgegeven aan {(r.Recipients.Length == 0 ? "niemand: het bestuur heeft geen DPO-contactpersoon of SPOC" : r.Recipients)}.";
            (Tenant, ReceivedAt, Channel, Kind, Description) = (null, null, null, null, null);
        }
        else AddErrors(outcome);
        await LoadAsync(ct);
        return Page();
    }

    internal string TenantName(Guid id) => Tenants.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private async Task LoadAsync(CancellationToken ct)
    {
        Tenants = await services.GetRequiredService<ITenantDirectory>().AllAsync(ct);
        Requests = await AcrossTenants.SubjectRequests(services.GetRequiredService<DataProtectionDbContext>()).AsNoTracking()
            .OrderByDescending(r => r.ReceivedAt).Take(500).ToListAsync(ct);
    }
}
