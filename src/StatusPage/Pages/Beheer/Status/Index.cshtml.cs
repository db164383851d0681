using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Paging;
using Platform.Kernel.Security;
using StatusPage.Incidents;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>The agents' overview: open incidents, a form to open one (with a preview of the mail), recent history.</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class IndexModel(StatusPageDbContext db, IncidentService incidents) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string Status { get; set; } = nameof(IncidentUpdateStatus.Investigating);
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public Dictionary<Guid, string?> Impacts { get; set; } = [];
    /// <summary>Set by the confirmation's button: publishing reaches every subscriber in scope, so it is asked first.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    internal Platform.Kernel.Web.Confirmation? Confirm { get; private set; }

    internal List<Product> Products { get; private set; } = [];
    internal List<StatusIncident> Open { get; private set; } = [];
    /// <summary>Resolved incidents: search (q), sort and page from the query string, clamped.</summary>
    internal PagedList<StatusIncidentListItem> Resolved { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);
    internal PageRequest Query { get; private set; } = IncidentList.Request(null, null, null, null, null);
    internal NotificationPreview? Preview { get; private set; }

    [BindProperty(SupportsGet = true)] public Guid? Sjabloon { get; set; }
    internal List<IncidentTemplate> Templates { get; private set; } = [];
    internal string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Sjabloon is { } id)
        {
            var templates = HttpContext.RequestServices.GetRequiredService<IncidentTemplates>();
            if (await templates.FindAsync(id, ct) is not { } template) return NotFound();
            var proposal = await templates.ProposalAsync(template, ct);
            (Title, Message, Status) = (proposal.Title, proposal.Message, proposal.Status.ToString());
            Impacts = proposal.Impacts.ToDictionary(i => i.ComponentId, i => (string?)i.Level.ToString());
        }
        Done = TempData[FormErrors.Done] as string;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Input() is { } input) Preview = await incidents.PreviewOpenAsync(input, ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = Input();
        if (input is not null && !Confirmed)
        {
            var reach = await HttpContext.RequestServices.GetRequiredService<Notifications.StatusAudience>()
                .RecipientsAsync([.. input.Impacts.Select(i => i.ComponentId)], ct);
            await LoadAsync(ct);
            var names = Products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Name);
            Confirm = new Platform.Kernel.Web.Confirmation($"Storing \"{input.Title.Trim()}\" publiceren?", Url.Page("/Beheer/Status/Index")!,
                $"Ja, publiceren en {reach.Count} {(reach.Count == 1 ? "abonnee" : "abonnees")} verwittigen", "#nieuw")
            {
                Lines = ["De storing verschijnt meteen op de publieke statuspagina en kan niet meer ingetrokken worden.", ManagementData.Reach(reach.Count)],
                Facts =
                [
                    new("Status", input.Status.ToDutch()),
                    new("Getroffen onderdelen", input.Impacts.Count == 0 ? "geen" : string.Join(", ", input.Impacts.Select(i => $"{names.GetValueOrDefault(i.ComponentId)} ({i.Level.ToDutch().ToLowerInvariant()})"))),
                    new("Abonnees die een e-mail krijgen", reach.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ],
                Hidden = ManagementData.Carry(Status, Message, Impacts, Title),
            };
            return Page();
        }
        if (input is not null)
        {
            var result = await incidents.OpenAsync(input, PlatformClaims.UserId(User), ct);
            if (result.Into(ModelState, fieldName: field => field == "title" ? nameof(Title) : field == "message" ? nameof(Message) : ""))
            {
                TempData[FormErrors.Done] = "De storing is gepubliceerd.";
                return RedirectToPage("Incident", new { id = result.Value!.Id });
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private NewIncident? Input()
    {
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "Geef de storing een titel.");
        if (string.IsNullOrWhiteSpace(Message)) ModelState.AddModelError(nameof(Message), "Schrijf een bericht voor de abonnees.");
        if (!Enum.TryParse<IncidentUpdateStatus>(Status, out var status)) ModelState.AddModelError(nameof(Status), "Kies een status.");
        return ModelState.ErrorCount > 0 ? null : new NewIncident(Title!, status, Message!, ManagementData.Impacts(Impacts));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await ManagementData.ProductsAsync(db, ct);
        Templates = await HttpContext.RequestServices.GetRequiredService<IncidentTemplates>().ListAsync(ct);
        Open = await db.Incidents.AsNoTracking().Where(i => i.ResolvedAt == null).OrderByDescending(i => i.StartedAt).ToListAsync(ct);
        var q = HttpContext.Request.Query;
        Query = IncidentList.Request(int.TryParse(q["page"], out var page) ? page : null, null, q["sort"], q["dir"], q["q"]);
        Resolved = await HttpContext.RequestServices.GetRequiredService<IncidentList>().ListAsync(Query, resolved: true, ct);
    }
}
