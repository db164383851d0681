using DataProtection.Export;
using DataProtection.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataProtection.Pages.Gegevensbescherming;

/// <summary>Charter 12.2 "terugbezorgen": the tenant admin (or a platform admin) starts an export of all the tenant's data,
/// follows its progress and downloads the archive while it is kept; every download is listed.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class ExportModel(IServiceProvider services) : DataProtectionPage
{
    private DataProtectionDbContext Db => services.GetRequiredService<DataProtectionDbContext>();

    [FromRoute(Name = "tenant")] public string Slug { get; set; } = "";

    public string TenantName => services.GetRequiredService<TenantContext>().Tenant?.Name ?? Slug;

    public TimeSpan KeptFor => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TenantDataOptions>>().Value.ExportKeptFor;

    internal List<TenantExport> Exports { get; private set; } = [];
    internal List<ExportDownload> Downloads { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<RequestExport>().RunAsync(PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Conflict is { } reason) Errors["export"] = [reason];
        else Message = "De export is gestart. Deze pagina toont de voortgang; vernieuw ze om de stand te zien.";
        await LoadAsync(ct);
        return Page();
    }

    internal static string StatusText(TenantExport e) => e.Status switch
    {
        ExportStatus.Queued => "In de wachtrij",
        ExportStatus.Running => $"Bezig ({e.Percent} %)",
        ExportStatus.Ready => "Klaar",
        ExportStatus.Failed => "Mislukt",
        _ => "Verlopen en verwijderd",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        Exports = await Db.Exports.AsNoTracking().OrderByDescending(e => e.RequestedAt).Take(20).ToListAsync(ct);
        Downloads = await Db.Downloads.AsNoTracking().OrderByDescending(d => d.At).Take(50).ToListAsync(ct);
    }
}
