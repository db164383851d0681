using DataProtection.Changes;
using DataProtection.Domain;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>A tenant's view: the register, the charter version, announced changes with the objection form while the
/// 30 days run, the notices it received and its objections with their settlement.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class BestuurModel(IServiceProvider services) : DataProtectionPage
{
    private DataProtectionDbContext Db => services.GetRequiredService<DataProtectionDbContext>();

    [FromRoute(Name = "tenant")] public string Slug { get; set; } = "";
    [BindProperty] public string? Reason { get; set; }

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;
    public DateTimeOffset Now { get; private set; }

    internal List<SubProcessor> SubProcessors { get; private set; } = [];
    internal CharterVersion? Charter { get; private set; }
    internal List<PlannedChange> Changes { get; private set; } = [];
    internal List<ChangeNotice> Notices { get; private set; } = [];
    internal List<Objection> Objections { get; private set; } = [];
    internal List<(Breaches.Breach Breach, Breaches.BreachImpact Impact)> Breaches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostObjectAsync(Guid changeId, CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<FileObjection>().RunAsync(changeId, new ObjectionRequest(Reason), PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok) { Message = "Je bezwaar is geregistreerd. Digitaal Vlaanderen neemt contact op om samen een oplossing te zoeken."; Reason = null; }
        else AddErrors(outcome, conflictField: "reason");
        await LoadAsync(ct);
        return Page();
    }

    internal bool CanObject(PlannedChange c) =>
        c.Status == ChangeStatus.Announced && NoticePeriod.CanObject(c.AnnouncedOn, Now) && Objections.All(o => o.ChangeId != c.Id);

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        SubProcessors = await Db.SubProcessors.AsNoTracking().OrderBy(s => s.Until != null).ThenBy(s => s.Since).ToListAsync(ct);
        var today = Platform.Kernel.Formatting.Dutch.DayOf(Now);
        Charter = await Db.CharterVersions.AsNoTracking().Where(v => v.EffectiveOn <= today).OrderByDescending(v => v.EffectiveOn).FirstOrDefaultAsync(ct);
        Changes = await Db.Changes.AsNoTracking().OrderByDescending(c => c.AnnouncedAt).ToListAsync(ct);
        Notices = await Db.Notices.AsNoTracking().OrderByDescending(n => n.SentAt).ToListAsync(ct);
        Objections = await Db.Objections.AsNoTracking().OrderByDescending(o => o.FiledAt).ToListAsync(ct);
        var impacts = await Db.BreachImpacts.AsNoTracking().Where(i => i.NotifiedAt != null).ToListAsync(ct);
        var ids = impacts.Select(i => i.BreachId).ToList();
        Breaches = (await Db.Breaches.AsNoTracking().Where(b => ids.Contains(b.Id)).OrderByDescending(b => b.DetectedAt).ToListAsync(ct))
            .Select(b => (b, impacts.First(i => i.BreachId == b.Id))).ToList();
    }
}
