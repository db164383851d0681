using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;
using StatusPage.Maintenance;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Edit, reschedule or cancel one maintenance window (times in Brussels); a thin adapter over
/// <see cref="MaintenanceService"/>.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class OnderhoudWijzigenModel(StatusPageDbContext db, MaintenanceService maintenance, TimeProvider clock, Notifications.StatusAudience statusAudience) : PageModel
{

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
    /// <summary>Set by the confirmation's button: a cancellation cannot be undone and is mailed to the subscribers.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    internal Platform.Kernel.Web.Confirmation? Confirm { get; private set; }

    internal PlannedMaintenance Item { get; private set; } = null!;
    internal List<Product> Products { get; private set; } = [];
    internal string? Done { get; private set; }
    internal DateTimeOffset Now => clock.GetUtcNow();

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
            var result = await maintenance.EditAsync(id, input, PlatformClaims.UserId(User), ct);
            if (result.NotFound) return NotFound();
            if (result.Into(ModelState, fieldName: f => Fields.GetValueOrDefault(f, "")))
            {
                TempData[FormErrors.Done] = $"De wijzigingen aan ‘{result.Value!.Title}’ zijn opgeslagen.";
                return RedirectToPage(new { id });
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (!Confirmed)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            if (Item.StatusAt(Now) == MaintenanceStatus.Scheduled)
            {
                var reach = Item.AnnouncedAt is null ? 0
                    : (await statusAudience.RecipientsAsync([.. Item.Components.Select(c => c.ComponentId)], ct)).Count;
                (Title, Description, Start, End) = (Item.Title, Item.Description, ManagementData.ToBrusselsLocal(Item.Start), ManagementData.ToBrusselsLocal(Item.End));
                ComponentIds = Item.Components.Select(c => c.ComponentId).ToList();
                Confirm = new Platform.Kernel.Web.Confirmation($"Onderhoud \"{Item.Title}\" annuleren?", Url.Page("/Beheer/Status/OnderhoudWijzigen", "Cancel", new { id })!,
                    "Ja, onderhoud annuleren", Url.Page("/Beheer/Status/OnderhoudWijzigen", new { id })!)
                {
                    Lines =
                    [
                        "Het onderhoud gaat niet door; dat kan niet ongedaan gemaakt worden (plan zo nodig nieuw onderhoud).",
                        Item.AnnouncedAt is null ? "Het was nog niet aangekondigd: abonnees krijgen geen bericht." : ManagementData.Reach(reach),
                    ],
                    Facts =
                    [
                        new("Gepland", $"{Dutch.DateTime(Item.Start)} – {Dutch.DateTime(Item.End)}"),
                        new("Reden", string.IsNullOrWhiteSpace(Reason) ? "geen" : Reason.Trim()),
                        new("Abonnees die een e-mail krijgen", reach.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ],
                    Hidden = [new("Reason", Reason ?? ""), new("Confirmed", "true")],
                };
                return Page();
            }
        }
        var result = await maintenance.CancelAsync(id, Reason, PlatformClaims.UserId(User), ct);
        if (result.NotFound) return NotFound();
        if (result.Into(ModelState, fieldName: f => Fields.GetValueOrDefault(f, "")))
        {
            TempData[FormErrors.Done] = $"Het onderhoud ‘{result.Value!.Title}’ is geannuleerd.";
            return RedirectToPage("Onderhoud");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        (Title, Description, Start, End) = (Item.Title, Item.Description, ManagementData.ToBrusselsLocal(Item.Start), ManagementData.ToBrusselsLocal(Item.End));
        ComponentIds = Item.Components.Select(c => c.ComponentId).ToList();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var item = await db.Maintenance.AsNoTracking().Include(m => m.Components).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return false;
        Item = item;
        Products = await ManagementData.ProductsAsync(db, ct);
        return true;
    }
}
