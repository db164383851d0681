using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using StatusPage.Incidents;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>Manage incident templates; a thin adapter over <see cref="IncidentTemplates"/>.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class SjablonenModel(IncidentTemplates templates, StatusPageDbContext db) : PageModel
{

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["name"] = nameof(Name), ["title"] = nameof(TemplateTitle), ["level"] = nameof(Level), ["componentIds"] = nameof(ComponentIds), ["message"] = nameof(Message),
    };

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? TemplateTitle { get; set; }
    [BindProperty] public string? Level { get; set; } = nameof(ImpactLevel.MajorOutage);
    [BindProperty] public List<Guid> ComponentIds { get; set; } = [];
    [BindProperty] public string? Message { get; set; }

    internal List<IncidentTemplate> Templates { get; private set; } = [];
    internal List<Product> Products { get; private set; } = [];
    internal string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await templates.FindAsync(id, ct) is not { } t) return NotFound();
            (Name, TemplateTitle, Level, ComponentIds, Message) = (t.Name, t.Title, t.Level.ToString(), [.. t.Components], t.Message);
        }
        Done = TempData[FormErrors.Done] as string;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await templates.SaveAsync(Id, new TemplateInput(Name, TemplateTitle, Level, ComponentIds, Message), PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok)
        {
            TempData[FormErrors.Done] = $"Het sjabloon ‘{outcome.Value!.Name}’ is opgeslagen.";
            return RedirectToPage(new { id = (Guid?)null });
        }
        FormErrors.Add(ModelState, outcome.FieldErrors(), Fields);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Set by the confirmation's button: a deleted template cannot be brought back.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    internal Platform.Kernel.Web.Confirmation? Confirm { get; private set; }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!Confirmed)
        {
            if (await templates.FindAsync(id, ct) is not { } t) return NotFound();
            Id = null;
            Confirm = new Platform.Kernel.Web.Confirmation($"Sjabloon \"{t.Name}\" verwijderen?", Url.Page("/Beheer/Status/Sjablonen", "Delete", new { id = t.Id })!,
                "Ja, sjabloon verwijderen", Url.Page("/Beheer/Status/Sjablonen", new { id = (Guid?)null })!)
            {
                Lines = ["Het sjabloon wordt verwijderd; dat kan niet ongedaan gemaakt worden. Storingen die er al mee gestart zijn, veranderen niet."],
                Hidden = [new("Confirmed", "true")],
            };
            await LoadAsync(ct);
            return Page();
        }
        if (!await templates.DeleteAsync(id, PlatformClaims.UserId(User), ct)) return NotFound();
        TempData[FormErrors.Done] = "Het sjabloon is verwijderd.";
        return RedirectToPage(new { id = (Guid?)null });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Templates = await templates.ListAsync(ct);
        Products = await ManagementData.ProductsAsync(db, ct);
    }
}
