using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using StatusPage.Maintenance;
using StatusPage.Model;
using StatusPage.Persistence;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Edit, reschedule or cancel one maintenance window (times in Brussels); a thin adapter over
/// <see cref="MaintenanceService"/>.</summary>
[Authorize(Policy = Policies.Agent)]
public sealed class OnderhoudWijzigenModel(IServiceProvider services) : PageModel
{
    private readonly StatusPageDbContext _db = services.GetRequiredService<StatusPageDbContext>();
    private readonly MaintenanceService _maintenance = services.GetRequiredService<MaintenanceService>();
    private readonly TimeProvider _clock = services.GetRequiredService<TimeProvider>();

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["title"] = nameof(Title), ["description"] = nameof(Description), ["start"] = nameof(Start), ["end"] = nameof(End),
        ["componentIds"] = nameof(ComponentIds),
    };

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateTime? Start { get; set; }
    [BindProperty] public DateTime? End { get; set; }
    [BindProperty] public List<Guid> ComponentIds { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    internal PlannedMaintenance Item { get; private set; } = null!;
    internal List<Product> Products { get; private set; } = [];
    internal string? Done { get; private set; }
    internal DateTimeOffset Now => _clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Title = Item.Title;
        Description = Item.Description;
        Start = ManagementData.ToBrusselsLocal(Item.Start);
        End = ManagementData.ToBrusselsLocal(Item.End);
        ComponentIds = Item.Components.Select(c => c.ComponentId).ToList();
        Done = TempData[FormErrors.Done] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        if (Start is null) ModelState.AddModelError(nameof(Start), "Vul het begin in.");
        if (End is null) ModelState.AddModelError(nameof(End), "Vul het einde in.");
        if (ModelState.ErrorCount == 0)
        {
            var input = new NewMaintenance(Title ?? "", Description ?? "", ManagementData.FromBrussels(Start!.Value), ManagementData.FromBrussels(End!.Value), ComponentIds, Announce: false);
            var result = await _maintenance.EditAsync(id, input, PlatformClaims.UserId(User), ct);
            if (result.Maintenance is null) return NotFound();
            if (result.Errors.Count == 0)
            {
                TempData[FormErrors.Done] = $"De wijzigingen aan ‘{result.Maintenance.Title}’ zijn opgeslagen.";
                return RedirectToPage(new { id });
            }
            FormErrors.Add(ModelState, result.Errors, Fields);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        var result = await _maintenance.CancelAsync(id, Reason, PlatformClaims.UserId(User), ct);
        if (result.Maintenance is null) return NotFound();
        if (result.Errors.Count == 0)
        {
            TempData[FormErrors.Done] = $"Het onderhoud ‘{result.Maintenance.Title}’ is geannuleerd.";
            return RedirectToPage("Onderhoud");
        }
        FormErrors.Add(ModelState, result.Errors, Fields);
        if (!await LoadAsync(id, ct)) return NotFound();
        (Title, Description, Start, End) = (Item.Title, Item.Description, ManagementData.ToBrusselsLocal(Item.Start), ManagementData.ToBrusselsLocal(Item.End));
        ComponentIds = Item.Components.Select(c => c.ComponentId).ToList();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var item = await _db.Maintenance.AsNoTracking().Include(m => m.Components).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return false;
        Item = item;
        Products = await ManagementData.ProductsAsync(_db, ct);
        return true;
    }
}
