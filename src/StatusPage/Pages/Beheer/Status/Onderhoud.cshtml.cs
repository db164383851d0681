using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using StatusPage.Incidents;
using StatusPage.Maintenance;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Plan, announce, start and complete maintenance windows (times in Brussels).</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class OnderhoudModel(StatusPageDbContext db, MaintenanceService maintenance, TimeProvider clock) : PageModel
{

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateTime? Start { get; set; }
    [BindProperty] public DateTime? End { get; set; }
    [BindProperty] public List<Guid> ComponentIds { get; set; } = [];

    internal List<Product> Products { get; private set; } = [];
    internal List<PlannedMaintenance> Items { get; private set; } = [];
    internal NotificationPreview? Preview { get; private set; }
    internal DateTimeOffset Now => clock.GetUtcNow();
    internal string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Done = TempData[FormErrors.Done] as string;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Input() is { } input) Preview = await maintenance.PreviewAsync(input, ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input() is { } input)
        {
            var result = await maintenance.PlanAsync(input, PlatformClaims.UserId(User), ct);
            if (result.Into(ModelState, fieldName: f => Fields.GetValueOrDefault(f, "")))
            {
                TempData[FormErrors.Done] = $"Het onderhoud ‘{result.Value!.Title}’ is gepland en aangekondigd.";
                return RedirectToPage();
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["title"] = nameof(Title), ["description"] = nameof(Description), ["start"] = nameof(Start), ["end"] = nameof(End),
        ["componentIds"] = nameof(ComponentIds),
    };

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) => await ChangeAsync(maintenance.StartAsync(id, PlatformClaims.UserId(User), ct), ct);

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) => await ChangeAsync(maintenance.CompleteAsync(id, PlatformClaims.UserId(User), ct), ct);

    private async Task<IActionResult> ChangeAsync(Task<Outcome<PlannedMaintenance>> change, CancellationToken ct)
    {
        var result = await change;
        if (result.NotFound) return NotFound();
        if (result.Into(ModelState, fieldName: _ => ""))
        {
            TempData[FormErrors.Done] = $"Het onderhoud ‘{result.Value!.Title}’ is {(result.Value.CompletedAt is null ? "gestart" : "voltooid")}.";
            return RedirectToPage();
        }
        await LoadAsync(ct);
        return Page();
    }

    private NewMaintenance? Input()
    {
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "Geef het onderhoud een titel.");
        if (string.IsNullOrWhiteSpace(Description)) ModelState.AddModelError(nameof(Description), "Beschrijf wat er gebeurt en wat gebruikers merken.");
        if (Start is null) ModelState.AddModelError(nameof(Start), "Vul het begin in.");
        if (End is null) ModelState.AddModelError(nameof(End), "Vul het einde in.");
        if (ComponentIds.Count == 0) ModelState.AddModelError(nameof(ComponentIds), "Kies minstens één onderdeel.");
        return ModelState.ErrorCount > 0 ? null
            : new NewMaintenance(Title!, Description!, ManagementData.FromBrussels(Start!.Value), ManagementData.FromBrussels(End!.Value), ComponentIds, Announce: true);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await ManagementData.ProductsAsync(db, ct);
        Items = await db.Maintenance.AsNoTracking().OrderByDescending(m => m.ScheduledStart).Take(50).ToListAsync(ct);
    }
}
