using DataProtection.Changes;
using DataProtection.Persistence;
using DataProtection.SubProcessors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>One announced change: its sent-log (proof of sending per tenant) and the objections, each settled here.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class WijzigingModel(IServiceProvider services) : DataProtectionPage
{
    private DataProtectionDbContext Db => services.GetRequiredService<DataProtectionDbContext>();

    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Settlement { get; set; }
    [BindProperty] public string? Note { get; set; }

    internal PlannedChange? Change { get; private set; }
    internal SubProcessor? Replaced { get; private set; }
    internal List<ChangeNotice> Notices { get; private set; } = [];
    internal List<Objection> Objections { get; private set; } = [];
    internal Dictionary<Guid, string> TenantNames { get; private set; } = [];
    /// <summary>For the link to a tenant's contract, where a termination after a charter change (14.3) is registered.</summary>
    internal Dictionary<Guid, string> TenantSlugs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSettleAsync(Guid objectionId, CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<SettleObjection>().RunAsync(objectionId, new SettlementRequest(Settlement, Note), PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok) Message = "Het bezwaar is afgehandeld.";
        else AddErrors(outcome, conflictField: "settlement");
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Change = await Db.Changes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Id, ct);
        if (Change is null) return false;
        Replaced = Change.ReplacesId is { } r ? await Db.SubProcessors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == r, ct) : null;
        Notices = await AcrossTenants.Notices(Db).AsNoTracking().Where(n => n.ChangeId == Id).OrderBy(n => n.SentAt).ToListAsync(ct);
        Objections = await AcrossTenants.Objections(Db).AsNoTracking().Where(o => o.ChangeId == Id).OrderBy(o => o.FiledAt).ToListAsync(ct);
        TenantNames = (await services.GetRequiredService<ITenantDirectory>().AllAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
        TenantSlugs = (await services.GetRequiredService<ITenantDirectory>().AllAsync(ct)).ToDictionary(t => t.Id, t => t.Slug);
        return true;
    }

    public string TenantName(Guid id) => TenantNames.GetValueOrDefault(id, id.ToString());
}
