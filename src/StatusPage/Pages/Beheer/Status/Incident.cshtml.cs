using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using StatusPage.Incidents;
using StatusPage.Persistence;
using StatusPage.Catalog;

namespace StatusPage.Pages.Beheer.Status;

/// <summary>One incident: its updates and impacts, and a form for the next update (with preview).</summary>
[Authorize(Policy = Policies.Agent)]
internal sealed class IncidentModel(StatusPageDbContext db, IncidentService incidents, Notifications.StatusAudience statusAudience, PostIncidentReports postIncidentReports) : PageModel
{

    [BindProperty] public string Status { get; set; } = nameof(IncidentUpdateStatus.Identified);
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public Dictionary<Guid, string?> Impacts { get; set; } = [];
    /// <summary>Set by the confirmation's button: an update reaches every subscriber in scope, resolving cannot be undone.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    internal Platform.Kernel.Web.Confirmation? Confirm { get; private set; }
    [BindProperty] public string? Cause { get; set; }
    [BindProperty] public string? ReportImpact { get; set; }
    [BindProperty] public string? Measures { get; set; }
    internal string? Done { get; private set; }

    internal StatusIncident Incident { get; private set; } = null!;
    internal List<Product> Products { get; private set; } = [];
    internal Dictionary<Guid, string> Names { get; private set; } = [];
    internal NotificationPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Impacts = Incident.Impacts.Where(i => i.End is null).ToDictionary(i => i.ComponentId, i => (string?)i.Level.ToString());
        (Cause, ReportImpact, Measures) = (Incident.ReportCause, Incident.ReportImpact, Incident.ReportMeasures);
        Done = TempData[FormErrors.Done] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Input() is { } input) Preview = await incidents.PreviewUpdateAsync(Incident, input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var input = Input();
        if (input is not null && !Confirmed)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            var impacts = input.Status.IsOpen() ? input.Impacts ?? [] : [];
            var components = impacts.Select(i => i.ComponentId).Concat(Incident.Impacts.Where(i => i.End is null).Select(i => i.ComponentId)).Distinct().ToList();
            var reach = (await statusAudience.RecipientsAsync(components, ct)).Count;
            var resolves = !input.Status.IsOpen();
            var who = $"{reach} {(reach == 1 ? "abonnee" : "abonnees")}";
            Confirm = new Platform.Kernel.Web.Confirmation(resolves ? $"Storing \"{Incident.Title}\" als opgelost publiceren?" : $"Update voor \"{Incident.Title}\" publiceren?",
                Url.Page("/Beheer/Status/Incident", new { id })!,
                resolves ? $"Ja, storing oplossen en {who} verwittigen" : $"Ja, update publiceren en {who} verwittigen", "#nieuw")
            {
                Lines =
                [
                    resolves ? "De storing wordt afgesloten: daarna kan er geen update meer bij, en de onbeschikbaarheid stopt nu."
                        : "De update verschijnt meteen op de publieke statuspagina en kan niet meer ingetrokken worden.",
                    ManagementData.Reach(reach),
                ],
                Facts = [new("Nieuwe status", input.Status.ToDutch()), new("Abonnees die een e-mail krijgen", reach.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                Hidden = ManagementData.Carry(Status, Message, Impacts),
            };
            return Page();
        }
        if (input is not null)
        {
            var result = await incidents.AddUpdateAsync(id, input, PlatformClaims.UserId(User), ct);
            if (result.NotFound) return NotFound();
            if (result.Ok)
            {
                TempData[FormErrors.Done] = input.Status.IsOpen() ? "De update is gepubliceerd." : "De storing is opgelost; schrijf nu het rapport na de storing.";
                return RedirectToPage("Incident", new { id });
            }
            result.Into(ModelState, fieldName: _ => "");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken ct)
    {
        var outcome = await postIncidentReports
            .WriteAsync(id, new PostIncidentReport(Cause, ReportImpact, Measures), PlatformClaims.UserId(User), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Ok)
        {
            TempData[FormErrors.Done] = "Het rapport na de storing is gepubliceerd.";
            return RedirectToPage("Incident", new { id });
        }
        if (outcome.Conflict is { } reason) ModelState.AddModelError("", reason);
        FormErrors.Add(ModelState, outcome.Errors ?? new Dictionary<string, string[]>(),
            new Dictionary<string, string> { ["cause"] = nameof(Cause), ["impact"] = nameof(ReportImpact), ["measures"] = nameof(Measures) });
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private NewIncidentUpdate? Input()
    {
        if (string.IsNullOrWhiteSpace(Message)) ModelState.AddModelError(nameof(Message), "Schrijf een bericht voor de abonnees.");
        if (!Enum.TryParse<IncidentUpdateStatus>(Status, out var status)) ModelState.AddModelError(nameof(Status), "Kies een status.");
        return ModelState.ErrorCount > 0 ? null : new NewIncidentUpdate(status, Message!, ManagementData.Impacts(Impacts));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Updates).Include(i => i.Impacts).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return false;
        Incident = incident;
        Products = await ManagementData.ProductsAsync(db, ct);
        Names = Products.SelectMany(p => p.Components).ToDictionary(c => c.Id, c => c.Name);
        return true;
    }
}
