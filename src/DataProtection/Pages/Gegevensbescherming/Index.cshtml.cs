using Microsoft.Extensions.DependencyInjection;
using DataProtection.Changes;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Platform admins: the sub-processor register, charter versions and announced changes, and the form to announce
/// one. Tenant admins are sent to their own tenant's page.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class IndexModel(IServiceProvider services) : DataProtectionPage
{
    private DataProtectionDbContext Db => services.GetRequiredService<DataProtectionDbContext>();

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateOnly? EffectiveOn { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? InEea { get; set; }
    [BindProperty] public string? TransferBasis { get; set; }
    [BindProperty] public Guid? Replaces { get; set; }
    [BindProperty] public string? CharterVersion { get; set; }

    internal List<SubProcessor> SubProcessors { get; private set; } = [];
    internal List<CharterVersion> Versions { get; private set; } = [];
    internal List<PlannedChange> Changes { get; private set; } = [];
    internal Dictionary<Guid, (int Notices, int Objections, int Open)> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.PlatformAdmin))
            return User.FindFirst(PlatformClaims.TenantSlug)?.Value is { } slug ? Redirect($"/gegevensbescherming/{slug}") : Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.PlatformAdmin)) return Forbid();
        var request = new AnnounceRequest(Kind, EffectiveOn, Summary, Name, Details, Service, Location,
            InEea switch { "ja" => true, "nee" => false, _ => null }, TransferBasis, Replaces, CharterVersion);
        var outcome = await services.GetRequiredService<AnnounceChange>().RunAsync(request, PlatformClaims.UserId(User), ct);
        if (outcome.Ok) return Redirect($"/gegevensbescherming/wijzigingen/{outcome.Value!.Id}");
        AddErrors(outcome);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        SubProcessors = await Db.SubProcessors.AsNoTracking().OrderBy(s => s.Until != null).ThenBy(s => s.Since).ToListAsync(ct);
        Versions = await Db.CharterVersions.AsNoTracking().OrderByDescending(v => v.EffectiveOn).ToListAsync(ct);
        Changes = await Db.Changes.AsNoTracking().OrderByDescending(c => c.AnnouncedAt).ToListAsync(ct);
        var notices = await AcrossTenants.Notices(Db).GroupBy(n => n.ChangeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var objections = await AcrossTenants.Objections(Db).Select(o => new { o.ChangeId, o.Settlement }).ToListAsync(ct);
        Counts = Changes.ToDictionary(c => c.Id, c => (notices.GetValueOrDefault(c.Id),
            objections.Count(o => o.ChangeId == c.Id), objections.Count(o => o.ChangeId == c.Id && o.Settlement == null)));
    }
}
